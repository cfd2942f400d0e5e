import './style.css';
import { api, setCsrfToken, Session } from './api';
import { ApiError, personMessage } from './errors';
import { clear, h } from './dom';
import { lang, loadLang, setLang, t } from './i18n';
import { renderSignIn } from './pages/signin';
import { renderRegister } from './pages/register';
import { renderApplication } from './pages/application';
import { renderPassword } from './pages/password';
import { renderConfirm } from './pages/confirm';

export interface Ctx {
  main: HTMLElement;
  session: Session | null;
  go: (hash: string) => void;
  signedIn: (session: Session) => void;
  rerender: () => void;
}

let session: Session | null = null;
let sessionChecked = false;
const main = document.getElementById('main') as HTMLElement;
const actions = document.getElementById('top-actions') as HTMLElement;
const brand = document.getElementById('brand') as HTMLElement;

// The form renderer is loaded only when a form is opened: the first page stays light. A form's own link (from an
// e-mail, a bookmark) starts loading it at once, alongside the session check, instead of after it.
const taskPage = () => import('./pages/task');
if (route().name === 'task') taskPage().catch(() => { /* the page that needs it tells the person */ });

function go(hash: string): void {
  if (location.hash === hash) render(); else location.hash = hash;
}

function route(): { name: string; params: string[]; query: URLSearchParams } {
  let hash = location.hash.replace(/^#/, '');
  // "/register" is served by the same page; it opens the registration.
  if (!hash && location.pathname.replace(/\/+$/, '') === '/register') hash = '/register';
  const [path, query] = hash.split('?');
  const parts = (path || '/').split('/').filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || 'home', params: parts.slice(1), query: new URLSearchParams(query || '') };
}

function header(): void {
  brand.textContent = t('brand');
  document.title = `${t('brand')} · ${lang() === 'zh' ? 'Merchant Centre' : '商家中心'}`;
  clear(actions);
  const toggle = h('button', {
    type: 'button', className: 'link-button', lang: lang() === 'zh' ? 'en' : 'zh-CN',
    'aria-label': t('switchLanguageLabel'),
    onclick: () => { setLang(lang() === 'zh' ? 'en' : 'zh'); render(); },
  }, t('switchLanguage'));
  actions.append(toggle);
  if (session) {
    actions.append(h('a', { href: '#/password', className: 'link-button' }, t('changePassword')));
    actions.append(h('button', {
      type: 'button', className: 'link-button', onclick: async () => {
        try { await api.signOut(); } catch { /* signed out either way */ }
        session = null; setCsrfToken(null); go('#/signin');
      },
    }, t('signOut')));
  }
}

async function render(): Promise<void> {
  if (!sessionChecked) {
    sessionChecked = true;
    try {
      session = await api.session();
      setCsrfToken(session.csrfToken);
    } catch {
      session = null;
    }
  }
  header();
  clear(main);
  const r = route();
  const ctx: Ctx = {
    main, session, go,
    signedIn: (s) => { session = s; setCsrfToken(s.csrfToken); go('#/'); },
    rerender: () => { void render(); },
  };
  // The confirmation link is opened from an e-mail, signed in or not: its token is the proof.
  const needsSession = !['signin', 'register', 'confirm'].includes(r.name);
  if (needsSession && !session) {
    if (location.hash !== '#/signin') { location.replace('#/signin'); return; }
  }
  try {
    switch (r.name) {
      case 'signin': await renderSignIn(ctx); break;
      case 'register': await renderRegister(ctx); break;
      case 'home': await renderApplication(ctx, undefined); break;
      case 'app': await renderApplication(ctx, r.params[0]); break;
      case 'task': await (await taskPage()).renderTask(ctx, r.params[0], r.params[1], r.query.get('field') || undefined); break;
      case 'password': await renderPassword(ctx); break;
      case 'confirm': await renderConfirm(ctx, r.params[0] || ''); break;
      default: main.append(h('p', {}, t('pageNotFound')), h('a', { href: '#/' }, t('back')));
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      session = null;
      location.replace('#/signin');
      return;
    }
    // Whatever went wrong, the person gets a sentence and a way on, not a page stuck on "Loading".
    console.error(e);
    clear(main);
    main.append(h('div', { className: 'card narrow' }, h('p', { role: 'alert' }, e instanceof ApiError ? personMessage(e, lang()) : t('errorUnknown')),
      h('a', { href: '#/' }, t('back'))));
  }
  const heading = main.querySelector('h1');
  if (heading) document.title = `${heading.textContent} · ${t('brand')}`;
  // The page shown has its content and its handlers: from here the person can act. Measured from navigation start
  // by the first-load benchmark (bench/PortalFirstLoadBenchmarkIT), which waits for this marker.
  document.documentElement.dataset.ready = r.name;
  performance.mark('portal-ready', { detail: r.name });
}

loadLang();
window.addEventListener('hashchange', () => {
  void render().then(() => main.focus({ preventScroll: false }));
});
void render();
