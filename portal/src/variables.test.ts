import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormSchema } from './api';
import { bilingual, bilingualMarkdown, engineVariables, FileTooLarge, formData, issueField, localizeSchema, MAX_FILE_BYTES } from './variables';

const forms = join(__dirname, '..', '..', 'forms');
const upload: FormSchema = JSON.parse(readFileSync(join(forms, 'upload-qualifications.form'), 'utf8'));
const factory: FormSchema = JSON.parse(readFileSync(join(forms, 'upload-factory-audit.form'), 'utf8'));
const catalogue = [
  { code: 'food', zh: '食品', en: 'Food', factoryProgram: false },
  { code: 'food.fresh-fruit.durian', zh: '榴莲', en: 'Durian', factoryProgram: false },
];

describe('form values from what is on file', () => {
  it('turns comma-separated category codes into the taglist\'s list and offers the catalogue by name', () => {
    const data = formData(upload, { overseasEntityCategories: 'food, food.fresh-fruit.durian', requiredQualificationsText: 'overseasEntity' },
      catalogue, 'zh');
    expect(data.overseasEntityCategories).toEqual(['food', 'food.fresh-fruit.durian']);
    expect(data.categoryOptions).toEqual([{ label: '食品', value: 'food' }, { label: '榴莲', value: 'food.fresh-fruit.durian' }]);
    expect((formData(upload, {}, catalogue, 'en').categoryOptions as { label: string }[])[1].label).toBe('Durian');
  });

  it('reads the required qualifications from their text when the list is absent (the renewal task)', () => {
    expect(formData(upload, { requiredQualificationsText: 'businessLicense,industryPermit' }, [], 'en').requiredQualifications)
      .toEqual(['businessLicense', 'industryPermit']);
    expect(formData(upload, { requiredQualifications: ['overseasEntity'], requiredQualificationsText: 'x' }, [], 'en')
      .requiredQualifications).toEqual(['overseasEntity']);
  });

  it('leaves a file on file out of the picker', () => {
    const data = formData(upload, { overseasEntityDocument: { filename: 'a.pdf' } }, [], 'zh');
    expect(data).not.toHaveProperty('overseasEntityDocument');
  });
});

describe('the engine body from a submitted form', () => {
  it('sends files as base64 File values, lists as comma-separated codes, and keeps each type', async () => {
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], 'licence.pdf', { type: 'application/pdf' });
    const files = new Map([['files::1', [pdf]]]);
    const body = await engineVariables(upload, {
      overseasEntityHolderName: 'ACME', overseasEntityCategories: ['food', 'food.fresh-fruit.durian'],
      overseasEntityValidFrom: '2026-01-01', overseasEntityDocument: 'files::1',
    }, files);
    expect(body.overseasEntityDocument).toEqual({
      type: 'File', value: btoa('%PDF-1'), valueInfo: { filename: 'licence.pdf', mimeType: 'application/pdf' } });
    expect(body.overseasEntityCategories).toEqual({ type: 'String', value: 'food,food.fresh-fruit.durian' });
    expect(body.overseasEntityValidFrom).toEqual({ type: 'String', value: '2026-01-01' });

    const facts = await engineVariables(factory, {
      hasOdmTeam: true, annualOutputUnits: 5_000_000, headcount: 3_000_000_000, selectivePlatforms: ['KEEP', 'YUNJI'],
    }, new Map());
    expect(facts.hasOdmTeam).toEqual({ type: 'Boolean', value: true });
    expect(facts.annualOutputUnits).toEqual({ type: 'Integer', value: 5_000_000 });
    expect(facts.headcount).toEqual({ type: 'Long', value: 3_000_000_000 });
    expect(facts.selectivePlatforms).toEqual({ type: 'String', value: 'KEEP,YUNJI' });
  });

  it('sends nothing for an empty picker or an empty text, so what is on file stays, and nothing the form does not own', async () => {
    const body = await engineVariables(upload, {
      overseasEntityDocument: null, overseasEntityNumber: '  ', categoryOptions: [{ label: 'x', value: 'y' }],
      depositAmount: 0, overseasEntityHolderName: 'ACME',
    }, new Map());
    expect(Object.keys(body)).toEqual(['overseasEntityHolderName']);
  });

  it('refuses a file over 10 MB before sending it', async () => {
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'big.pdf', { type: 'application/pdf' });
    await expect(engineVariables(factory, { auditReportDocument: 'files::9' }, new Map([['files::9', [big]]])))
      .rejects.toBeInstanceOf(FileTooLarge);
  });
});

describe('the form in one language', () => {
  it('keeps the chosen side of "中文 / English" labels, options and headings', () => {
    expect(bilingual('持证主体名称 / Holder name', 'zh')).toBe('持证主体名称');
    expect(bilingual('持证主体名称 / Holder name', 'en')).toBe('Holder name');
    expect(bilingual('新材料 / 黑科技 / New-material or technology company', 'zh')).toBe('新材料 / 黑科技');
    expect(bilingual('SGS', 'zh')).toBe('SGS');
    expect(bilingualMarkdown('## 上传资质 · Upload qualifications\n\n中文段落。\n\nAn English paragraph.', 'en'))
      .toBe('## Upload qualifications\n\nAn English paragraph.');
    const zh = localizeSchema(factory, 'zh');
    const issuer = JSON.stringify(zh);
    expect(issuer).toContain('"label":"出具机构"');
    expect(issuer).toContain('"label":"平台验厂"');
    expect(issuer).not.toContain('"label":"Issuer"');
  });

  it('every label of the upload forms has both languages', () => {
    for (const schema of [upload, factory]) {
      const zh = JSON.stringify(localizeSchema(schema, 'zh'));
      const en = JSON.stringify(localizeSchema(schema, 'en'));
      expect(zh).not.toEqual(en);
      for (const m of en.matchAll(/"(label|dateLabel|description)":"([^"]*)"/g)) {
        expect(/[\u3400-\u9fff]/.test(m[2]), m[2]).toBe(false);
      }
    }
  });

  it('points each issue at the field to fix', () => {
    expect(issueField({ code: 'QUALIFICATION_EXPIRES_TOO_SOON', qualification: 'overseasEntity' })).toBe('overseasEntityValidUntil');
    expect(issueField({ code: 'CREDIT_CODE_INVALID', qualification: 'domesticEntrusted' })).toBe('domesticEntrustedNumber');
    expect(issueField({ code: 'QUALIFICATION_MISSING', qualification: 'industryPermit' })).toBe('industryPermit');
    expect(issueField({ code: 'AUDIT_REPORT_TOO_OLD', qualification: 'factoryAudit' })).toBe('auditIssuedOn');
  });
});
