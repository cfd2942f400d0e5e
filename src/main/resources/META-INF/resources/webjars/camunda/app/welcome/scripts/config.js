// Staff meet the product, not the engine's vendor; they read Chinese, and any other browser language gets English.
export default {
  app: {
    name: 'Welcome 欢迎页',
    vendor: 'Merchant Onboarding 商家入驻'
  },
  // Instead of the vendor's documentation link (outside, and in English): the page lists the person's own apps only.
  links: [],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
