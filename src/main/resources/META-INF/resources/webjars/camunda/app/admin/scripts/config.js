// Ops and reviewers read Chinese; a browser asking for any other language gets English.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
