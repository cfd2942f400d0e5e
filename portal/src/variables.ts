import type { Category, FormComponent, FormSchema } from './api';
import type { Lang } from './i18n';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Every component of the form, groups opened. */
export function components(schema: FormSchema): FormComponent[] {
  const all: FormComponent[] = [];
  const walk = (list: FormComponent[] | undefined) => (list || []).forEach((c) => {
    all.push(c);
    walk(c.components);
  });
  walk(schema.components);
  return all;
}

function keyed(schema: FormSchema, type: string): Set<string> {
  return new Set(components(schema).filter((c) => c.type === type && c.key).map((c) => c.key as string));
}

export interface EngineValue { value: unknown; type: string; valueInfo?: Record<string, string> }

export function categoryOptions(categories: Category[], lang: Lang): { label: string; value: string }[] {
  return categories.map((c) => ({ label: lang === 'zh' ? c.zh : c.en, value: c.code }));
}

/**
 * The form's data from what the server has on file: comma-separated codes become the taglist's list, the catalogue
 * is offered by name, and the required qualifications are read from their text form when the list is absent (the
 * renewal task carries only the text).
 */
export function formData(schema: FormSchema, values: Record<string, unknown> | undefined, categories: Category[],
  lang: Lang): Record<string, unknown> {
  const data: Record<string, unknown> = { ...(values || {}) };
  for (const key of keyed(schema, 'taglist')) {
    const v = data[key];
    if (typeof v === 'string') data[key] = v.split(',').map((s) => s.trim()).filter(Boolean);
  }
  // A file's value in the form is a key of the picker's own registry; what is on file is shown beside it instead.
  for (const key of keyed(schema, 'filepicker')) delete data[key];
  if (!Array.isArray(data.requiredQualifications) && typeof data.requiredQualificationsText === 'string') {
    data.requiredQualifications = data.requiredQualificationsText.split(',').map((s) => s.trim()).filter(Boolean);
  }
  data.categoryOptions = categoryOptions(categories, lang);
  return data;
}

function base64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export class FileTooLarge extends Error {
  constructor(readonly field: string) { super(field); }
}

/**
 * The engine's own body for what the person submitted. Lists become comma-separated codes; a chosen file becomes a
 * File value in base64; an empty picker or an empty text sends nothing, so what is on file stays.
 */
export async function engineVariables(schema: FormSchema, submitted: Record<string, unknown>,
  files: Map<string, File[]>): Promise<Record<string, EngineValue>> {
  const pickers = keyed(schema, 'filepicker');
  const fields = new Set(components(schema).filter((c) => c.key).map((c) => c.key as string));
  const result: Record<string, EngineValue> = {};
  for (const [name, value] of Object.entries(submitted)) {
    if (!fields.has(name) || value === null || value === undefined) continue;
    if (pickers.has(name)) {
      const chosen = typeof value === 'string' ? files.get(value) : undefined;
      const file = chosen && chosen[0];
      if (!file) continue;
      if (file.size > MAX_FILE_BYTES) throw new FileTooLarge(name);
      result[name] = {
        type: 'File', value: base64(await file.arrayBuffer()),
        valueInfo: { filename: file.name, mimeType: file.type || 'application/octet-stream' },
      };
    } else if (Array.isArray(value)) {
      result[name] = { type: 'String', value: value.join(',') };
    } else if (typeof value === 'boolean') {
      result[name] = { type: 'Boolean', value };
    } else if (typeof value === 'number') {
      const whole = Number.isInteger(value);
      result[name] = { type: whole ? (Math.abs(value) < 2 ** 31 ? 'Integer' : 'Long') : 'Double', value };
    } else if (typeof value === 'string') {
      if (value.trim() === '') continue;
      result[name] = { type: 'String', value };
    }
  }
  return result;
}

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** "中文 / English" → the side of the chosen language; text without both sides stays as it is. */
export function bilingual(text: string | undefined, lang: Lang): string | undefined {
  if (!text) return text;
  // The separator is " / ", or "/ " right after a closing full-width bracket.
  const cuts = [...text.matchAll(/ ?\/ /g)].reverse();
  for (const cut of cuts) {
    const zh = text.slice(0, cut.index).trimEnd();
    const en = text.slice((cut.index as number) + cut[0].length).trim();
    if (CJK.test(zh) && !CJK.test(en)) return lang === 'zh' ? zh : en;
  }
  return text;
}

/** A markdown text with a paragraph per language keeps the paragraphs of the chosen one; headings "中文 · English". */
export function bilingualMarkdown(text: string, lang: Lang): string {
  return text.split(/\n\n+/).map((block) => {
    const heading = /^(#+\s*)(.*)$/.exec(block);
    if (heading) {
      const [zh, en] = heading[2].split(' · ');
      if (en !== undefined && CJK.test(zh) && !CJK.test(en)) return heading[1] + (lang === 'zh' ? zh : en);
      return block;
    }
    const split = bilingual(block, lang);
    if (split !== block) return split;
    const chinese = CJK.test(block);
    return (lang === 'zh') === chinese ? block : null;
  }).filter((b): b is string => b !== null).join('\n\n');
}

/** The form in one language: labels, descriptions and options keep their side of "中文 / English". */
export function localizeSchema(schema: FormSchema, lang: Lang): FormSchema {
  const copy: FormSchema = JSON.parse(JSON.stringify(schema));
  for (const c of components(copy)) {
    c.label = bilingual(c.label, lang);
    c.dateLabel = bilingual(c.dateLabel, lang);
    c.description = bilingual(c.description, lang);
    if (c.values) c.values = c.values.map((v) => ({ ...v, label: bilingual(v.label, lang) as string }));
    if (c.type === 'text' && typeof c.text === 'string') c.text = bilingualMarkdown(c.text, lang);
  }
  return copy;
}

/** A field's name in words, from the form, for messages that point at it. */
export function fieldLabel(schema: FormSchema, key: string, lang: Lang): string | undefined {
  const c = components(schema).find((x) => x.key === key);
  return c ? bilingual(c.label || c.dateLabel, lang) : undefined;
}

const ISSUE_FIELDS: Record<string, string> = {
  DOCUMENT_MISSING: 'Document',
  QUALIFICATION_NOT_YET_VALID: 'ValidFrom',
  QUALIFICATION_EXPIRED: 'ValidUntil',
  QUALIFICATION_EXPIRES_TOO_SOON: 'ValidUntil',
  CATEGORY_NOT_COVERED: 'Categories',
  CREDIT_CODE_INVALID: 'Number',
};

const FACTORY_ISSUE_FIELDS: Record<string, string> = {
  AUDIT_ISSUER_NOT_ACCEPTED: 'auditIssuer',
  DOCUMENT_MISSING: 'auditReportDocument',
  AUDIT_DATE_MISSING: 'auditIssuedOn',
  AUDIT_DATE_IN_FUTURE: 'auditIssuedOn',
  AUDIT_REPORT_TOO_OLD: 'auditIssuedOn',
  NO_ODM_TEAM: 'hasOdmTeam',
  NO_PRODUCTION_MANAGEMENT: 'hasProductionManagement',
};

/** The form field an issue asks the merchant to fix (a missing qualification points at its group). */
export function issueField(issue: { code: string; qualification?: string }): string | undefined {
  if (issue.qualification === 'factoryAudit') return FACTORY_ISSUE_FIELDS[issue.code];
  if (!issue.qualification) return undefined;
  const suffix = ISSUE_FIELDS[issue.code];
  return suffix ? issue.qualification + suffix : issue.qualification;
}
