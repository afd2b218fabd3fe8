import { describe, expect, it } from '@jest/globals';
import { ENTERPRISE_NAME_MAX } from '@cacem/shared';
import { enterpriseNameProblem } from './enterprise-name';

describe('enterpriseNameProblem', () => {
  it('asks for a name when blank or only spaces', () => {
    expect(enterpriseNameProblem('')).toBe('请填写企业名称');
    expect(enterpriseNameProblem('   ')).toBe('请填写企业名称');
  });

  it('refuses a name over the limit, counting it trimmed', () => {
    expect(enterpriseNameProblem('企'.repeat(ENTERPRISE_NAME_MAX + 1))).toBe(`企业名称不超过 ${ENTERPRISE_NAME_MAX} 个字`);
    expect(enterpriseNameProblem(` ${'企'.repeat(ENTERPRISE_NAME_MAX)} `)).toBe('');
  });

  it('accepts a full name', () => {
    expect(enterpriseNameProblem('中建八局第一建设有限公司')).toBe('');
  });
});
