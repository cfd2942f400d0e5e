import { Key, Lang, t } from './i18n';

export interface FieldProblem {
  field?: string;
  label?: string;
  labelZh?: string;
  code?: string;
  message?: string;
  messageZh?: string;
}

export interface Problem {
  title?: string;
  detail?: string;
  detailZh?: string;
  errors?: FieldProblem[];
}

/** An answer other than 2xx, kept as the server sent it; shown only through the functions below. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem | null) {
    super(`HTTP ${status}`);
  }
}

/** What a person may read: it never echoes engine text, a task id or a class name from the server. */
const UNSAFE = /[0-9a-f]{8}-[0-9a-f]{4}-|Exception|ENGINE-\d|\bat [\w.$]+\(|org\.camunda|java\.|SQL|task form|Cannot (submit|complete) task/i;

function safe(text: string | undefined): string | undefined {
  if (!text || UNSAFE.test(text)) return undefined;
  return text;
}

function byStatus(status: number): Key {
  if (status === 0) return 'errorNetwork';
  if (status === 401) return 'errorSignedOut';
  if (status === 403) return 'errorForbidden';
  if (status === 404) return 'errorNotFound';
  if (status === 409) return 'errorConflict';
  if (status === 413) return 'errorTooLarge';
  if (status === 429) return 'errorBusy';
  if (status >= 500) return 'errorServer';
  return 'errorUnknown';
}

/** One sentence for the whole answer, in the person's language. */
export function personMessage(error: unknown, lang: Lang): string {
  if (!(error instanceof ApiError)) return t('errorNetwork', {}, lang);
  const p = error.problem;
  // The server's own sentence is preferred for 400 and 409 (it says why), unless it leaks internals.
  if (p && (error.status === 400 || error.status === 409)) {
    const text = safe(lang === 'zh' ? p.detailZh : p.detail) ?? safe(lang === 'zh' ? p.detail : p.detailZh);
    if (text) return text;
    if (error.status === 400 && p.errors && p.errors.length) return t('fixFormFields', {}, lang);
  }
  return t(byStatus(error.status), {}, lang);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Field name → message for the fields the server refused. Where a message names the field by its variable name
 * ("请填写 merchantName。"), the field's words take its place: the page's own label, else the server's.
 */
export function fieldMessages(error: unknown, lang: Lang, labels: Record<string, string> = {}): Map<string, string> {
  const result = new Map<string, string>();
  if (!(error instanceof ApiError) || !error.problem?.errors) return result;
  for (const e of error.problem.errors) {
    const field = e.field || 'body';
    let text = safe(lang === 'zh' ? e.messageZh : e.message) ?? safe(lang === 'zh' ? e.message : e.messageZh)
      ?? t('errorUnknown', {}, lang);
    if (e.field && new RegExp(`\\b${escape(e.field)}\\b`).test(text)) {
      const words = labels[e.field] || fieldLabel(e, lang);
      if (words) {
        text = text.replace(new RegExp(`\\b${escape(e.field)}\\b`, 'g'), lang === 'zh' ? `“${words}”` : `"${words}"`);
        if (lang === 'en') text = text.charAt(0).toUpperCase() + text.slice(1);
      } else if (e.code === 'REQUIRED') {
        text = t('required', {}, lang);
      }
    }
    const previous = result.get(field);
    result.set(field, previous ? `${previous} ${text}` : text);
  }
  return result;
}

/** The field's name in words as the server gave it, for errors that cannot sit next to their field. */
export function fieldLabel(problem: FieldProblem, lang: Lang): string {
  return (lang === 'zh' ? problem.labelZh || problem.label : problem.label || problem.labelZh) || '';
}
