import { api } from '../api';
import { ApiError, personMessage } from '../errors';
import { h, notice } from '../dom';
import { lang, t } from '../i18n';
import type { Ctx } from '../main';

export async function renderSignIn(ctx: Ctx): Promise<void> {
  if (ctx.session) { ctx.go('#/'); return; }
  const status = h('div', { 'aria-live': 'polite' });
  const username = h('input', { id: 'signin-username', name: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { id: 'signin-password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', className: 'button primary' }, t('signIn'));
  const form = h('form', { className: 'card narrow', novalidate: true },
    h('h1', {}, t('signInTitle')),
    h('p', { className: 'lead' }, t('signInLead')),
    h('div', { className: 'field' }, h('label', { for: username.id }, t('username')), username),
    h('div', { className: 'field' }, h('label', { for: password.id }, t('password')), password),
    status,
    button,
    h('p', { className: 'aside' }, t('noAccount'), ' ', h('a', { href: '#/register' }, t('registerLink'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    if (!username.value.trim() || !password.value) {
      status.append(notice('error', t('wrongCredentials')));
      return;
    }
    button.disabled = true;
    button.textContent = t('sending');
    try {
      ctx.signedIn(await api.signIn(username.value.trim(), password.value));
    } catch (e) {
      const text = e instanceof ApiError && (e.status === 401 || e.status === 400)
        ? t('wrongCredentials') : personMessage(e, lang());
      status.append(notice('error', text));
      button.disabled = false;
      button.textContent = t('signIn');
      password.select();
    }
  });
  ctx.main.append(form);
}
