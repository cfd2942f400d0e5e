// Tasklist links every task to its process instance in Cockpit, for everyone. A reviewer may not open Cockpit, so the
// link would end in a refusal: it shows only to those whose login includes Cockpit (user-styles.css hides it by
// default). The app keeps the login in the page, so who is signed in is asked again whenever such a link appears.
const root = document.querySelector('base').getAttribute('app-root');
let asking = false;

async function showInstanceLinksIfAllowed() {
  if (asking) {
    return;
  }
  asking = true;
  try {
    const answer = await fetch(root + '/api/admin/auth/user/default', {credentials: 'same-origin'});
    const user = answer.ok ? await answer.json() : {};
    document.documentElement.dataset.cockpit = (user.authorizedApps || []).includes('cockpit') ? 'allowed' : 'refused';
  } finally {
    asking = false;
  }
}

new MutationObserver(() => {
  if (document.querySelector('a.instance-link')) {
    showInstanceLinksIfAllowed();
  }
}).observe(document.documentElement, {childList: true, subtree: true});
