import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { api, Category, FormSchema, Issue, Status, Task } from '../api';
import { fieldLabel as problemLabel, fieldMessages, personMessage, ApiError } from '../errors';
import { h, notice } from '../dom';
import { daysLeftText, formatDate, lang, marketNames, pick, t, taskName } from '../i18n';
import type { Ctx } from '../main';
import { flashNext } from './application';
import { components, engineVariables, FileTooLarge, formData, issueField, localizeSchema } from '../variables';
import { formTranslations } from '../form-i18n';

let catalogue: Category[] | null = null;
/** What was typed in a task form survives a language switch (chosen files must be chosen again). */
const drafts = new Map<string, Record<string, unknown>>();

function parseIssues(values: Record<string, unknown> | undefined): Issue[] {
  const raw = values?.qualificationIssues;
  if (typeof raw !== 'string') return Array.isArray(raw) ? raw as Issue[] : [];
  try { return JSON.parse(raw) as Issue[]; } catch { return []; }
}

function fieldElement(container: HTMLElement, field: string): HTMLElement | null {
  // A date field's input carries the suffix "-date".
  return container.querySelector(`[id$="-${CSS.escape(field)}"], [id$="-${CSS.escape(field)}-date"]`) as HTMLElement | null;
}

export async function renderTask(ctx: Ctx, appId: string, taskId: string, focusField?: string): Promise<void> {
  const l = lang();
  const loading = h('p', {}, t('loading'));
  ctx.main.append(loading);
  let task: Task | undefined;
  let status: Status | null = null;
  try {
    const [tasks, s, categories] = await Promise.all([
      api.tasks(appId), api.status(appId).catch(() => null), catalogue ? Promise.resolve(catalogue) : api.categories()]);
    catalogue = categories;
    status = s;
    task = tasks.find((x) => x.taskId === taskId);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) throw e;
    loading.replaceWith(notice('error', personMessage(e, l)), h('p', {}, h('a', { href: '#/' }, t('back'))));
    return;
  }
  if (!task) {
    loading.replaceWith(h('div', { className: 'card narrow' }, notice('info', t('taskGone')), h('a', { href: '#/' }, t('back'))));
    return;
  }
  // A renewal shares the onboarding upload form; its introduction speaks of onboarding, so a renewal's own replaces it.
  const renewal = task.key === 'renew-qualification';
  const localized: FormSchema = localizeSchema(task.form, l);
  const schema: FormSchema = renewal
    ? { ...localized, components: localized.components.filter((c) => c.id !== 'intro') } : localized;
  const issues = parseIssues(task.values);
  const shownIssues = issues.length ? issues : (status?.issues || []);
  const reviewerRequest = status?.reviewerRequest
    ?? (task.values?.decision === 'REQUEST_CHANGES' ? task.values?.decisionReason as string : undefined);

  const container = h('div', { className: 'task-form' });
  const summary = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'button', className: 'button primary' }, t('submit'));
  const name = taskName(task);
  const relevant = shownIssues.filter((i) => {
    const f = issueField(i);
    return f && components(schema).some((c) => c.key === f || c.id === f);
  });
  const issueList = relevant.length || reviewerRequest ? h('div', { className: 'notice notice-warn', role: 'region', 'aria-label': t('issues') },
    h('h2', {}, t('issues')),
    reviewerRequest ? h('p', {}, h('strong', {}, t('reviewerReason')), ': ', reviewerRequest) : null,
    relevant.length ? h('ul', {}, ...relevant.map((i) => {
      const f = issueField(i)!;
      const comp = components(schema).find((c) => c.key === f || c.id === f);
      const group = i.qualification ? components(schema).find((c) => c.id === i.qualification)?.label : undefined;
      const words = [group, comp && comp.id !== i.qualification ? comp.label || comp.dateLabel : undefined].filter(Boolean).join(' · ');
      return h('li', {}, pick(i.messageZh, i.messageEn), ' ',
        h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); focusOn(f); } }, t('issueField', { field: words })));
    })) : null) : null;

  ctx.main.replaceChildren(h('div', { className: 'card wide' },
    h('p', {}, h('a', { href: '#/' }, `← ${t('back')}`)),
    h('h1', {}, name),
    task.dueAt ? h('p', { className: `deadline${(task.daysLeft ?? 99) <= 3 ? ' urgent' : ''}` },
      `${t('deadline')} ${formatDate(task.dueAt)}`, task.daysLeft !== undefined ? ` · ${daysLeftText(task.daysLeft)}` : '') : null,
    renewal ? h('p', { className: 'lead' }, t('renewalLead')) : null,
    issueList, container, summary, h('div', { className: 'actions' }, button)));

  const form = new Form({ container, additionalModules: [{ translate: ['value', formTranslations(l)] }] });
  const values = { ...(task.values || {}), ...(drafts.get(taskId) || {}) };
  const data = formData(schema, values, catalogue || [], l);
  // Shown in the agreement's text: the markets by name, not by code.
  if (typeof data.overseasMarkets === 'string') data.overseasMarkets = marketNames(data.overseasMarkets, l);
  await form.importSchema(schema, data);
  // The renderer's picker has a fixed English button and no description: our words, and what is on file, are added
  // beside it (again after each render). Leaving the picker empty keeps the document on file.
  const onFile = task.files || {};
  const relabel = () => {
    container.querySelectorAll('.fjs-filepicker-button').forEach((b) => { b.textContent = t('browse'); });
    // The select's text node belongs to the renderer (replacing it would freeze the chosen value's label): the
    // placeholder's words go into an attribute that the stylesheet shows instead.
    container.querySelectorAll('.fjs-select-display').forEach((p) => { p.setAttribute('data-placeholder', t('choose')); });
    for (const [key, file] of Object.entries(onFile)) {
      const input = container.querySelector(`input[type=file][id$="-${CSS.escape(key)}"]`);
      const picker = input?.closest('.fjs-form-field');
      if (!picker || picker.nextElementSibling?.classList.contains('on-file')) continue;
      picker.after(h('p', { className: 'on-file' }, t('onFile', { file: file.filename || '' }), ' ',
        file.url ? h('a', { href: file.url, target: '_blank', rel: 'noopener' }, t('view')) : null));
    }
  };
  relabel();
  form.on('changed', () => {
    const data = { ...(form as unknown as { _getState: () => { data: Record<string, unknown> } })._getState().data };
    for (const c of components(schema)) if (c.type === 'filepicker' && c.key) delete data[c.key];
    drafts.set(taskId, data);
    relabel();
  });
  const setErrors = (errors: Record<string, string[]>) =>
    (form as unknown as { _setState: (s: unknown) => void })._setState({ errors });

  // Issues are marked on their fields from the start, so the merchant sees where to look.
  const issueErrors: Record<string, string[]> = {};
  for (const i of relevant) {
    const f = issueField(i)!;
    if (components(schema).some((c) => c.id === f && c.key)) (issueErrors[f] ||= []).push(pick(i.messageZh, i.messageEn));
  }
  // After the renderer's own first validation of prefilled fields, which would clear them.
  // That validation runs after the first paint, so the marks are laid twice: soon, and once the page has settled.
  if (Object.keys(issueErrors).length) {
    const current = () => (form as unknown as { _getState: () => { errors: Record<string, string[]> } })._getState().errors;
    const mark = () => setErrors({ ...issueErrors, ...current() });
    setTimeout(mark, 100);
    setTimeout(mark, 700);
  }

  function focusOn(field: string) {
    const el = fieldElement(container, field) || container.querySelector(`[data-id="${CSS.escape(field)}"]`) as HTMLElement | null;
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    const focusable = el.matches('input,select,textarea,button') ? el : el.querySelector('input,select,textarea,button') as HTMLElement | null;
    (focusable || el).focus();
  }
  if (focusField) setTimeout(() => focusOn(focusField), 0);

  button.addEventListener('click', async () => {
    summary.replaceChildren();
    const { data, errors, files } = form.submit() as unknown as {
      data: Record<string, unknown>; errors: Record<string, string[]>; files: Map<string, File[]> };
    const invalid = Object.keys(errors);
    if (invalid.length) {
      summary.append(notice('error', t('fixFormFields')));
      focusOn(invalid[0]);
      return;
    }
    button.disabled = true;
    button.textContent = t('sending');
    try {
      const variables = await engineVariables(task!.form, data, files);
      await api.complete(appId, taskId, variables);
      drafts.delete(taskId);
      // Back to the application, where what the platform now checks is shown until its result is there.
      flashNext(notice('ok', t('submitted')));
      ctx.go(`#/app/${encodeURIComponent(appId)}`);
    } catch (e) {
      if (e instanceof FileTooLarge) {
        setErrors({ [e.field]: [t('fileTooLarge')] });
        summary.append(notice('error', t('fixFormFields')));
        focusOn(e.field);
      } else {
        const words: Record<string, string> = {};
        for (const c of components(schema)) if (c.key && (c.label || c.dateLabel)) words[c.key] = (c.label || c.dateLabel) as string;
        const messages = fieldMessages(e, l, words);
        const onForm: Record<string, string[]> = {};
        const elsewhere: string[] = [];
        const problems = e instanceof ApiError ? e.problem?.errors || [] : [];
        for (const [field, text] of messages) {
          if (components(schema).some((c) => c.key === field)) onForm[field] = [text];
          else {
            const p = problems.find((x) => x.field === field);
            const label = p ? problemLabel(p, l) : '';
            elsewhere.push(label ? `${label}: ${text}` : text);
          }
        }
        setErrors(onForm);
        summary.append(notice('error', personMessage(e, l)));
        if (elsewhere.length) summary.append(h('ul', { className: 'error-list' }, ...elsewhere.map((x) => h('li', {}, x))));
        const first = Object.keys(onForm)[0];
        if (first) focusOn(first);
        if (e instanceof ApiError && e.status === 404) drafts.delete(taskId);
      }
    } finally {
      button.disabled = false;
      button.textContent = t('submit');
    }
  });
}
