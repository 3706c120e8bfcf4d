import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { translate, type Translate } from './i18n';
import { errorMessage, fieldOfPointer, pathOfPointer } from './problem';

const zh: Translate = (key, vars) => translate('zh-CN', key, vars);
const problem = (code: string, status: number, detail?: string) =>
  new ApiError({ type: `urn:bangfu:problem:${code}`, code, title: code, status, detail, requestId: 'req-1' });

describe('fieldOfPointer', () => {
  it('maps JSON pointers of request parts to form field names', () => {
    expect(fieldOfPointer('/body/name')).toBe('name');
    expect(fieldOfPointer('/body/roles/0')).toBe('roles');
    expect(fieldOfPointer('/querystring/orgId')).toBe('orgId');
    expect(fieldOfPointer('/divisionCode')).toBe('divisionCode');
    expect(fieldOfPointer('/body')).toBeNull();
  });
});

describe('errorMessage', () => {
  it('translates known codes, keeps the detail of unknown ones, hides 5xx internals', () => {
    expect(errorMessage(problem('USERNAME_TAKEN', 409, 'Username x is taken'), zh)).toBe('用户名已被占用');
    expect(errorMessage(problem('SOMETHING_NEW', 422, 'Explained by the server'), zh)).toBe('Explained by the server');
    expect(errorMessage(problem('FORBIDDEN', 403, 'not yours'), zh)).toBe('您没有权限执行此操作：not yours');
    expect(errorMessage(problem('INTERNAL', 500, 'stack'), zh)).toBe('服务器内部错误，请稍后重试 (请求编号: req-1)');
  });
});

describe('pathOfPointer', () => {
  const values = { name: 'x', roles: ['a', 'b'], members: [{ idNumber: '1' }, { idNumber: '2', health: { grade: 1 } }], exclusions: { privateCar: false } };
  it('follows list rows and nested objects down to the field', () => {
    expect(pathOfPointer('/body/members/1/idNumber', values)).toEqual(['members', 1, 'idNumber']);
    expect(pathOfPointer('/body/members/1/health/grade', values)).toEqual(['members', 1, 'health', 'grade']);
    expect(pathOfPointer('/body/exclusions/privateCar', values)).toEqual(['exclusions', 'privateCar']);
    expect(pathOfPointer('/body/members', values)).toEqual(['members']);
  });
  it('stops at a field whose value is an array of plain values, and ignores unknown fields', () => {
    expect(pathOfPointer('/body/roles/0', values)).toEqual(['roles']);
    expect(pathOfPointer('/body/members/7/idNumber', values)).toEqual(['members']);
    expect(pathOfPointer('/body/other', values)).toBeNull();
  });
});
