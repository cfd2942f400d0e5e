// Staff meet the product, not the engine's vendor; they read Chinese, and any other browser language gets English.
export default {
  app: {
    name: 'Cockpit 运维台',
    vendor: 'Merchant Onboarding 商家入驻'
  },
  // Each instance page opens on the merchant whose application it is (scripts/merchant.js).
  customScripts: ['scripts/merchant'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
