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

  it('answers 503 DB_UNAVAILABLE, not INTERNAL, when the database cannot be reached or went away mid-request', () => {
    const unavailable = { statusCode: 503, code: 'DB_UNAVAILABLE', message: '数据库暂时不可用，本次操作可能未保存，请稍后重试' };
    // What mysql2 hands over: a refused connect from the pool, a connection the server closed, a command on a dead connection.
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED', errno: -111, fatal: true });
    expect(toErrorBody(refused)).toEqual(unavailable);
    const lost = Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true });
    expect(toErrorBody(lost)).toEqual(unavailable);
    expect(toErrorBody(Object.assign(new Error("Can't add new command when connection is in closed state"), { fatal: true }))).toEqual(unavailable);
    // TypeORM's QueryFailedError: the driver's error under driverError.
    const shutdown = Object.assign(new Error('Server shutdown in progress'), { driverError: { code: 'ER_SERVER_SHUTDOWN', errno: 1053 } });
    expect(toErrorBody(shutdown)).toEqual(unavailable);
    expect(toErrorBody(Object.assign(new Error('Connection was killed'), { code: 'ER_CONNECTION_KILLED' }))).toEqual(unavailable);
    expect(toErrorBody(new Error('Pool is closed.'))).toEqual(unavailable);
    expect(toErrorBody(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }))).toEqual(unavailable);
    // A lock conflict stays a 409 to retry, and an ordinary SQL mistake stays a 500.
    expect(toErrorBody(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })).code).toBe('TRY_AGAIN');
    expect(toErrorBody(Object.assign(new Error("Unknown column 'x'"), { driverError: { code: 'ER_BAD_FIELD_ERROR', fatal: false } })).code).toBe('INTERNAL');
  });

  it('hides internals of an unexpected failure behind a 500 with a Chinese message', () => {
    expect(toErrorBody(new TypeError('x is undefined'))).toEqual({ statusCode: 500, code: 'INTERNAL', message: '服务器内部错误，请稍后再试' });
  });
});
