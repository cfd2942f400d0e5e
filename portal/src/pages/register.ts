import { api, Category } from '../api';
import { combobox, Option } from '../combobox';
import { fieldMessages, personMessage } from '../errors';
import { h, notice } from '../dom';
import { Key, lang, t } from '../i18n';
import type { Ctx } from '../main';

/** What was typed survives a language switch. */
const draft: Record<string, string | boolean | string[]> = {};
let catalogue: Category[] | null = null;

export function categoryOptionsByName(categories: Category[], l: 'zh' | 'en'): Option[] {
  const byCode = new Map(categories.map((c) => [c.code, c]));
  return categories.map((c) => {
    const parts = c.code.split('.');
    const path = parts.slice(0, -1).map((_, i) => byCode.get(parts.slice(0, i + 1).join('.')))
      .filter((p): p is Category => !!p).map((p) => (l === 'zh' ? p.zh : p.en));
    const label = l === 'zh' ? c.zh : c.en;
    return {
      value: c.code, label, detail: path.join(' › ') || undefined,
      search: [c.zh, c.en, ...path, c.code].join(' ').toLowerCase(),
    };
  });
}

export async function renderRegister(ctx: Ctx): Promise<void> {
  const l = lang();
  if (!catalogue) {
    ctx.main.append(h('p', {}, t('loading')));
    try { catalogue = await api.categories(); } catch (e) {
      ctx.main.replaceChildren(notice('error', personMessage(e, l)));
      return;
    }
    ctx.main.replaceChildren();
  }
  const categories = catalogue;
  const boxes = new Map<string, HTMLElement>();
  const messageOf = new Map<string, HTMLElement>();
  const hints = new Map<string, string>();
  const words: Record<string, string> = {
    username: t('username'), password: t('password'), merchantName: t('merchantName'), contactEmail: t('contactEmail'),
    entityType: t('entityType'), category: t('category'), overseasMarkets: t('markets'), factoryProgram: t('factoryProgram'),
  };

  const field = (name: string, labelKey: Key, control: HTMLElement, inputId: string, hintKey?: Key) => {
    const message = h('div', { id: `${name}-msg`, className: 'hint' }, hintKey ? t(hintKey) : '');
    if (hintKey) hints.set(name, t(hintKey));
    const box = h('div', { className: 'field', 'data-field': name },
      h('label', { for: inputId }, t(labelKey)), control, message);
    boxes.set(name, box);
    messageOf.set(name, message);
    return box;
  };
  const text = (name: string, attrs: Record<string, string> = {}) => {
    const input = h('input', { id: name, name, 'aria-describedby': `${name}-msg`, ...attrs });
    input.value = (draft[name] as string) || '';
    input.addEventListener('input', () => { draft[name] = input.value; });
    return input;
  };
  const username = text('username', { autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' });
  const password = text('password', { type: 'password', autocomplete: 'new-password' });
  const merchantName = text('merchantName', { autocomplete: 'organization' });
  const contactEmail = text('contactEmail', { type: 'email', autocomplete: 'email' });
  const entityType = h('select', { id: 'entityType', name: 'entityType', 'aria-describedby': 'entityType-msg' },
    h('option', { value: 'DOMESTIC' }, t('entityDomestic')),
    h('option', { value: 'OVERSEAS' }, t('entityOverseas')));
  entityType.value = (draft.entityType as string) || 'DOMESTIC';
  entityType.addEventListener('change', () => { draft.entityType = entityType.value; });

  const factory = h('input', { type: 'checkbox', id: 'factoryProgram', name: 'factoryProgram', 'aria-describedby': 'factoryProgram-msg' });
  factory.checked = draft.factoryProgram === true;
  const factoryNote = h('div', { id: 'factoryProgram-msg', className: 'hint' });
  const updateFactory = (code: string | undefined) => {
    const open = !code || categories.find((c) => c.code === code)?.factoryProgram === true;
    factory.disabled = !open;
    if (!open) { factory.checked = false; draft.factoryProgram = false; }
    factoryNote.textContent = open ? '' : t('factoryProgramClosed');
  };
  factory.addEventListener('change', () => { draft.factoryProgram = factory.checked; });

  const category = combobox({
    inputId: 'category', options: categoryOptionsByName(categories, l), value: draft.category as string | undefined,
    placeholder: t('categorySearch'), noneText: t('categoryNone'), describedBy: 'category-msg',
    onChange: (v) => { if (v) draft.category = v; else delete draft.category; updateFactory(v); },
  });
  updateFactory(draft.category as string | undefined);

  const chosenMarkets = new Set((draft.markets as string[]) || []);
  const markets = h('fieldset', { className: 'field checks', 'data-field': 'overseasMarkets', 'aria-describedby': 'overseasMarkets-msg' },
    h('legend', {}, t('markets')),
    ...(['US', 'HK', 'MO'] as const).map((m) => {
      const box = h('input', { type: 'checkbox', name: 'market', value: m, id: `market-${m}` });
      box.checked = chosenMarkets.has(m);
      box.addEventListener('change', () => {
        if (box.checked) chosenMarkets.add(m); else chosenMarkets.delete(m);
        draft.markets = [...chosenMarkets];
      });
      return h('label', { className: 'check', for: box.id }, box, t(`market${m}` as Key));
    }),
    h('div', { id: 'overseasMarkets-msg', className: 'hint' }));
  boxes.set('overseasMarkets', markets);
  messageOf.set('overseasMarkets', markets.querySelector('#overseasMarkets-msg') as HTMLElement);
  const factoryBox = h('div', { className: 'field', 'data-field': 'factoryProgram' },
    h('label', { className: 'check', for: 'factoryProgram' }, factory, t('factoryProgram')), factoryNote);
  boxes.set('factoryProgram', factoryBox);
  messageOf.set('factoryProgram', factoryNote);

  const status = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', className: 'button primary' }, t('submitRegistration'));
  const form = h('form', { className: 'card', novalidate: true },
    h('h1', {}, t('registerTitle')),
    h('p', { className: 'lead' }, t('registerLead')),
    field('username', 'username', username, 'username', 'usernameHint'),
    field('password', 'password', password, 'password', 'passwordHint'),
    field('merchantName', 'merchantName', merchantName, 'merchantName'),
    field('contactEmail', 'contactEmail', contactEmail, 'contactEmail'),
    field('entityType', 'entityType', entityType, 'entityType'),
    field('category', 'category', category.root, 'category', 'categoryHint'),
    markets, factoryBox, status, button,
    h('p', { className: 'aside' }, t('haveAccount'), ' ', h('a', { href: '#/signin' }, t('signInLink'))));

  const clearErrors = () => {
    for (const [name, box] of boxes) {
      box.classList.remove('invalid');
      const msg = messageOf.get(name)!;
      msg.className = 'hint';
      msg.textContent = name === 'factoryProgram' ? (factory.disabled ? t('factoryProgramClosed') : '') : hints.get(name) || '';
      box.querySelector('input,select')?.removeAttribute('aria-invalid');
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    status.replaceChildren();
    button.disabled = true;
    const body = {
      username: username.value.trim(), password: password.value, merchantName: merchantName.value.trim(),
      contactEmail: contactEmail.value.trim(), entityType: entityType.value, category: category.value() ?? '',
      overseasMarkets: ['US', 'HK', 'MO'].filter((m) => chosenMarkets.has(m)).join(','),
      factoryProgram: factory.checked,
    };
    try {
      await api.register(body);
      for (const k of Object.keys(draft)) delete draft[k];
      try {
        ctx.signedIn(await api.signIn(body.username, body.password));
      } catch {
        ctx.main.replaceChildren(h('div', { className: 'card narrow' }, notice('ok', t('registered')),
          h('a', { className: 'button primary', href: '#/signin' }, t('signIn'))));
      }
    } catch (e) {
      const messages = fieldMessages(e, lang(), words);
      let first: HTMLElement | null = null;
      // Text typed but no category picked: say so, rather than "required".
      if (messages.has('category') && !category.value() && category.input.value.trim()) messages.set('category', t('categoryPick'));
      for (const [name, text] of messages) {
        const box = boxes.get(name);
        if (!box) { status.append(notice('error', text)); continue; }
        box.classList.add('invalid');
        const msg = messageOf.get(name)!;
        msg.className = 'error';
        msg.textContent = text;
        const control = box.querySelector('input:not([disabled]),select') as HTMLElement | null;
        control?.setAttribute('aria-invalid', 'true');
        first = first || control;
      }
      status.prepend(notice('error', messages.size ? t('fixFields') : personMessage(e, lang())));
      first?.focus();
    } finally {
      button.disabled = false;
    }
  });
  ctx.main.append(form);
}
