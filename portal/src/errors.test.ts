import { describe, expect, it } from 'vitest';
import { ApiError, fieldMessages, personMessage } from './errors';

describe('errors for a person', () => {
  it('speaks the person\'s language for each kind of failure', () => {
    expect(personMessage(new ApiError(0, null), 'zh')).toContain('无法连接');
    expect(personMessage(new ApiError(401, null), 'en')).toBe('You are signed out. Please sign in again.');
    expect(personMessage(new ApiError(403, null), 'zh')).toContain('刷新');
    expect(personMessage(new ApiError(404, null), 'en')).toContain('Not found');
    expect(personMessage(new ApiError(500, { detail: 'java.lang.NullPointerException at x' }), 'en'))
      .toBe('Something went wrong on our side. Please try again later.');
    expect(personMessage(new TypeError('Failed to fetch'), 'en')).toContain('Cannot reach the server');
  });

  it('takes the server\'s own sentence for a refusal, in the chosen language', () => {
    const conflict = new ApiError(409, { detail: 'The store is already open.', detailZh: '店铺已开通。' });
    expect(personMessage(conflict, 'zh')).toBe('店铺已开通。');
    expect(personMessage(conflict, 'en')).toBe('The store is already open.');
  });

  it('never shows engine text, a task id or a class name', () => {
    const leaky = new ApiError(400, {
      detail: 'Cannot submit task form bb949d9b-1c2d-11ef-9a6b-0242ac120002: committedShippingDays must be…',
      detailZh: 'org.camunda.bpm.engine.ProcessEngineException: ENGINE-13033',
    });
    for (const l of ['zh', 'en'] as const) {
      const text = personMessage(leaky, l);
      expect(text).not.toMatch(/bb949d9b|Exception|ENGINE|camunda|committedShippingDays/);
    }
    expect(personMessage(leaky, 'en')).toBe('That did not work. Please try again.');
  });

  it('places each refused field\'s message by field, joining two messages for one field', () => {
    const refusal = new ApiError(400, {
      detail: 'Please fix 2 fields', errors: [
        { field: 'username', code: 'USERNAME_TAKEN', message: 'This user name is taken.', messageZh: '该用户名已被使用。' },
        { field: 'password', code: 'PASSWORD_TOO_WEAK', message: 'Too short.', messageZh: '太短。' },
        { field: 'password', code: 'PASSWORD_TOO_WEAK', message: 'Needs a digit.', messageZh: '需包含数字。' },
        { field: 'committedShippingDays', code: 'X', message: 'Cannot complete task 5d99…: java.lang.IllegalStateException' },
      ],
    });
    const zh = fieldMessages(refusal, 'zh');
    expect(zh.get('username')).toBe('该用户名已被使用。');
    expect(zh.get('password')).toBe('太短。 需包含数字。');
    expect(fieldMessages(refusal, 'en').get('committedShippingDays')).toBe('That did not work. Please try again.');
    expect(fieldMessages(new ApiError(500, null), 'en').size).toBe(0);
  });

  it('puts the field in words where the server names it by its variable name', () => {
    const refusal = new ApiError(400, { errors: [
      { field: 'merchantName', code: 'REQUIRED', message: 'merchantName is required.', messageZh: '请填写 merchantName。' },
      { field: 'category', code: 'REQUIRED', message: 'category is required.', messageZh: '请填写 category。' },
      { field: 'auditIssuedOn', code: 'X', label: 'Issued on', labelZh: '出具日期', message: 'auditIssuedOn must be a date.' },
    ] });
    const zh = fieldMessages(refusal, 'zh', { merchantName: '商家名称' });
    expect(zh.get('merchantName')).toBe('请填写 “商家名称”。');
    expect(zh.get('category')).toBe('必填');
    const en = fieldMessages(refusal, 'en', { merchantName: 'Business name' });
    expect(en.get('merchantName')).toBe('"Business name" is required.');
    expect(en.get('auditIssuedOn')).toBe('"Issued on" must be a date.');
  });
});
