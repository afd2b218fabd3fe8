import { describe, expect, it } from '@jest/globals';
import { assertTransition, DomainError } from '@cacem/shared';
import { toErrorBody } from './error-body.js';

describe('the one error shape', () => {
  it('carries a rule broken in shared/ with its code, Chinese message and a 4xx status', () => {
    let error: unknown;
    try {
      assertTransition('draft', 'graded', 'secretariat');
    } catch (e) {
      error = e;
    }
    expect(toErrorBody(error)).toEqual({ statusCode: 409, code: 'TRANSITION_NOT_ALLOWED', message: '申报当前为「填写中」，不能变为「已评定等级」' });
    expect(toErrorBody(new DomainError('TRANSITION_ROLE_FORBIDDEN')).statusCode).toBe(403);
    expect(toErrorBody(new DomainError('SCORE_OUT_OF_RANGE', '分数超出范围')).statusCode).toBe(422);
  });

  it('tells the person to try again when the database gave up on a lock (nothing was written)', () => {
    const deadlock = Object.assign(new Error('Deadlock found when trying to get lock'), { driverError: { code: 'ER_LOCK_DEADLOCK' } });
    expect(toErrorBody(deadlock)).toEqual({ statusCode: 409, code: 'TRY_AGAIN', message: '系统繁忙，本次操作未保存，请稍后重试' });
    expect(toErrorBody(Object.assign(new Error('timeout'), { code: 'ER_LOCK_WAIT_TIMEOUT' })).code).toBe('TRY_AGAIN');
  });

  it('hides internals of an unexpected failure behind a 500 with a Chinese message', () => {
    expect(toErrorBody(new TypeError('x is undefined'))).toEqual({ statusCode: 500, code: 'INTERNAL', message: '服务器内部错误，请稍后再试' });
  });
});
