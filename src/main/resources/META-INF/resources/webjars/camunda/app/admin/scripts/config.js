// Staff meet the product, not the engine's vendor; they read Chinese, and any other browser language gets English.
export default {
  app: {
    name: 'Admin 管理台',
    vendor: 'Merchant Onboarding 商家入驻'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
