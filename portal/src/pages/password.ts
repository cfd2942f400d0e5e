import { api } from '../api';
import { fieldMessages, personMessage } from '../errors';
import { h, notice } from '../dom';
import { lang, t } from '../i18n';
import type { Ctx } from '../main';

export async function renderPassword(ctx: Ctx): Promise<void> {
  const status = h('div', { 'aria-live': 'polite' });
  const field = (name: string, label: string, autocomplete: string, hint?: string) => {
    const input = h('input', { id: `pw-${name}`, name, type: 'password', autocomplete, required: true,
      'aria-describedby': `pw-${name}-msg` });
    const message = h('div', { id: `pw-${name}-msg`, className: 'hint' }, hint || '');
    return { input, message, hint: hint || '', box: h('div', { className: 'field' }, h('label', { for: input.id }, label), input, message) };
  };
  const current = field('currentPassword', t('currentPassword'), 'current-password');
  const next = field('newPassword', t('newPassword'), 'new-password', t('passwordHint'));
  const again = field('repeat', t('repeatPassword'), 'new-password');
  const fields = [current, next, again];
  const button = h('button', { type: 'submit', className: 'button primary' }, t('changePassword'));
  const form = h('form', { className: 'card narrow', novalidate: true },
    h('h1', {}, t('changePassword')), current.box, next.box, again.box, status, button,
    h('p', { className: 'aside' }, h('a', { href: '#/' }, t('back'))));
  const mark = (f: typeof current, text: string | undefined) => {
    f.box.classList.toggle('invalid', !!text);
    f.input.setAttribute('aria-invalid', text ? 'true' : 'false');
    f.message.textContent = text || f.hint;
    f.message.className = text ? 'error' : 'hint';
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    fields.forEach((f) => mark(f, undefined));
    let bad = false;
    for (const f of fields) if (!f.input.value) { mark(f, t('required')); bad = true; }
    if (!bad && next.input.value !== again.input.value) { mark(again, t('passwordsDiffer')); bad = true; }
    if (bad) { (form.querySelector('[aria-invalid=true]') as HTMLElement | null)?.focus(); return; }
    button.disabled = true;
    try {
      await api.changePassword(current.input.value, next.input.value);
      form.reset();
      status.append(notice('ok', t('passwordChanged')));
    } catch (e) {
      const messages = fieldMessages(e, lang());
      mark(current, messages.get('currentPassword'));
      mark(next, messages.get('newPassword') || messages.get('password'));
      const placed = messages.has('currentPassword') || messages.has('newPassword') || messages.has('password');
      status.append(notice('error', placed ? t('fixFields') : personMessage(e, lang())));
    } finally {
      button.disabled = false;
    }
  });
  ctx.main.append(form);
}
