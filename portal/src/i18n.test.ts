import { describe, expect, it } from 'vitest';
import { daysLeftText, formatDate, formatMoney, initialLang, marketNames, messages, t, taskName } from './i18n';
import { formWordsZh } from './form-i18n';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CJK = /[\u3400-\u9fff]/;

describe('every word in both languages', () => {
  it.each(Object.entries(messages))('%s has a Chinese and an English text', (_key, entry) => {
    expect(entry.zh.trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    expect(entry.zh).not.toBe(entry.en);
    // Chinese text reads as Chinese, English text carries no Chinese (the language switch itself is the exception).
    if (_key !== 'switchLanguage' && _key !== 'switchLanguageLabel') {
      expect(CJK.test(entry.zh)).toBe(true);
      expect(CJK.test(entry.en)).toBe(false);
    }
  });

  it('both sides take the same placeholders', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(entry.zh), key).toEqual(names(entry.en));
    }
  });

  it('every key the pages use exists', () => {
    const dir = join(__dirname, 'pages');
    const sources = [...readdirSync(dir).map((f) => join(dir, f)), join(__dirname, 'main.ts'), join(__dirname, 'combobox.ts')]
      .map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = [...sources.matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(40);
    for (const key of used) expect(messages, key).toHaveProperty(key);
  });

  it('the form renderer speaks Chinese for each of its validation messages', () => {
    for (const [en, zh] of Object.entries(formWordsZh)) {
      expect(CJK.test(zh), en).toBe(true);
    }
    expect(formWordsZh).toHaveProperty(['Field is required.']);
  });
});

describe('language', () => {
  it('is Chinese by default and for a Chinese browser, English for an English browser, the stored choice first', () => {
    expect(initialLang(null, [])).toBe('zh');
    expect(initialLang(null, ['zh-CN', 'en'])).toBe('zh');
    expect(initialLang(null, ['en-US'])).toBe('en');
    expect(initialLang('zh', ['en-US'])).toBe('zh');
    expect(initialLang('en', ['zh-CN'])).toBe('en');
    expect(initialLang('fr', ['zh-TW'])).toBe('zh');
  });

  it('fills placeholders and counts days for a person', () => {
    expect(t('daysLeft', { n: 5 }, 'zh')).toBe('剩余 5 天');
    expect(daysLeftText(5, 'en')).toBe('5 days left');
    expect(daysLeftText(1, 'en')).toBe('1 day left');
    expect(daysLeftText(0, 'zh')).toBe('今天截止');
    expect(daysLeftText(-2, 'en')).toBe('2 days overdue');
    expect(formatDate('2026-06-15T04:00:00Z', 'zh')).toBe('2026年6月15日');
    expect(formatDate('2026-06-15', 'en')).toBe('2026-06-15');
    expect(formatMoney(20000, 'zh')).toBe('20,000 元');
    expect(formatMoney('1234.5', 'en')).toBe('CNY 1,234.5');
    expect(marketNames('US,HK', 'zh')).toBe('美国、中国香港');
    expect(marketNames('MO', 'en')).toBe('Macau');
    expect(marketNames(['US', 'MO'], 'en')).toBe('United States, Macau');
    expect(marketNames([], 'zh')).toBe('');
  });
});

describe('task names', () => {
  const renewal = { key: 'renew-qualification', nameZh: '更新资质', nameEn: 'Renew qualification',
    values: { requiredQualificationsText: 'overseasEntity' } };

  it('a renewal names the qualification it renews', () => {
    expect(taskName(renewal, undefined, undefined, 'zh')).toBe('更新资质：境外主体资质');
    expect(taskName(renewal, undefined, undefined, 'en')).toBe('Renew qualification: Overseas-entity qualification');
  });

  it("other tasks keep their names, the status's first", () => {
    const agreement = { key: 'sign-overseas-agreement', nameZh: '签署出海协议', nameEn: 'Sign overseas agreement' };
    expect(taskName(agreement, undefined, undefined, 'en')).toBe('Sign overseas agreement');
    expect(taskName(agreement, '缴纳类目保证金', 'Pay the category deposit', 'zh')).toBe('缴纳类目保证金');
    expect(taskName({ ...renewal, values: { requiredQualificationsText: 'unknown' } }, undefined, undefined, 'zh'))
      .toBe('更新资质');
  });
});
