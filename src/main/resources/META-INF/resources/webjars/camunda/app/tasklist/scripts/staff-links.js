// Tasklist links every task to its process instance in Cockpit, for everyone. A reviewer may not open Cockpit, so the
// link would end in a refusal: it shows only to those whose login includes Cockpit (user-styles.css hides it by
// default). The app keeps the login in the page, so who is signed in is asked again for each such link that appears
// (one per task opened), never on other changes of the page.
const root = document.querySelector('base').getAttribute('app-root');

async function showInstanceLinksIfAllowed() {
  const answer = await fetch(root + '/api/admin/auth/user/default', {credentials: 'same-origin'});
  const user = answer.ok ? await answer.json() : {};
  document.documentElement.dataset.cockpit = (user.authorizedApps || []).includes('cockpit') ? 'allowed' : 'refused';
}

new MutationObserver(() => {
  const link = document.querySelector('a.instance-link:not([data-asked])');
  if (link) {
    link.dataset.asked = 'yes';
    showInstanceLinksIfAllowed();
  }
}).observe(document.documentElement, {childList: true, subtree: true});
