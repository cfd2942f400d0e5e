import type { Lang } from './i18n';

/** The form renderer's own words (validation, pickers, lists), in Chinese; English is the renderer's own. */
export const formWordsZh: Record<string, string> = {
  'Field is required.': '此项必填。',
  'Field must be a valid email.': '请输入有效的电子邮箱。',
  'Field must have maximum length of {value}.': '最多 {value} 个字符。',
  'Field must have minimum length of {value}.': '至少 {value} 个字符。',
  'Field must have maximum value of {value}.': '不能大于 {value}。',
  'Field must have minimum value of {value}.': '不能小于 {value}。',
  'Field must match pattern {value}.': '格式不正确。',
  'Value is expected to be an integer.': '请输入整数。',
  'Value is not a number.': '请输入数字。',
  'Value is expected to have at most 1 decimal digit.': '最多保留 1 位小数。',
  'Value is expected to have at most {value} decimal digits.': '最多保留 {value} 位小数。',
  'Date and time must both be entered.': '请同时填写日期和时间。',
  'No files selected': '未选择文件',
  '{value} files selected': '已选择 {value} 个文件',
  'Search': '搜索',
  'No results': '没有匹配项',
  'All values selected': '已全部选择',
  'Remove tag': '移除',
  'Skip to search': '跳到搜索',
  'Increment': '增加',
  'Decrement': '减少',
};

export function formTranslations(lang: Lang): (template: string, replacements?: Record<string, string>) => string {
  return (template, replacements = {}) => {
    const text = lang === 'zh' ? formWordsZh[template] ?? template : template;
    return text.replace(/{([^}]+)}/g, (_, key) => replacements[key] ?? `{${key}}`);
  };
}
