// Merchants meet the product, not the engine's vendor.
export default {
  app: {
    name: 'Tasklist 任务中心',
    vendor: 'Merchant Onboarding 商家入驻'
  },
  disableWelcomeMessage: true,
  // Links to apps the person may not open are hidden (the Cockpit link of each task, for reviewers).
  customScripts: ['scripts/staff-links'],
  shortcuts: {},
  // Reviewers read Chinese; a browser asking for any other language gets English.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
