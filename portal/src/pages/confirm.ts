import { api } from '../api';
import { ApiError } from '../errors';
import { h, notice } from '../dom';
import { t } from '../i18n';
import type { Ctx } from '../main';

/** The link in the first e-mail: #/confirm/<token>. Confirming twice is no error, so a reload says the same. */
export async function renderConfirm(ctx: Ctx, token: string): Promise<void> {
  const status = h('div', { 'aria-live': 'polite' }, h('p', {}, t('confirming')));
  const card = h('div', { className: 'card narrow' }, h('h1', {}, t('confirmTitle')), status,
    h('p', { className: 'aside' }, ctx.session ? h('a', { href: '#/' }, t('back')) : h('a', { href: '#/signin' }, t('toSignIn'))));
  ctx.main.append(card);
  try {
    await api.confirmAddress(token);
    status.replaceChildren(notice('ok', t('addressConfirmed')));
  } catch (e) {
    // A wrong, incomplete or expired link all ask the same of the merchant: a new one.
    if (!(e instanceof ApiError) || (e.status !== 400 && e.status !== 404)) throw e;
    status.replaceChildren(notice('error', t('confirmLinkInvalid')));
  }
}
