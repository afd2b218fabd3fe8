import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/api-error';
import { fieldErrors } from './field-errors';

describe('the expert form’s field errors from a failed save', () => {
  it('takes the field the server named, its details and its problems, each beside its field', () => {
    const e = new ApiError({
      statusCode: 422,
      code: 'VALIDATION_FAILED',
      message: '手机号格式不正确',
      field: 'mobile',
      details: [{ code: 'REQUIRED', field: 'name', message: '请填写姓名' }],
      problems: [{ code: 'DATE_IN_FUTURE', field: 'trainedAt', message: '培训日期不能晚于今天' }],
    });
    expect(fieldErrors(e)).toEqual({ mobile: '手机号格式不正确', name: '请填写姓名', trainedAt: '培训日期不能晚于今天' });
  });

  it('names no field for a network failure or a field the form does not have', () => {
    expect(fieldErrors(new Error('offline'))).toEqual({});
    expect(fieldErrors(new ApiError({ statusCode: 409, code: 'CONFLICT', message: '已被修改', field: 'version' }))).toEqual({});
  });
});
