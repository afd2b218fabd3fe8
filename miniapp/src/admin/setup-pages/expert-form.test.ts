import { describe, expect, it } from '@jest/globals';
import type { Expert } from '../../api/console-setup';
import { EMPTY_EXPERT_FORM, expertToForm, formToExpertInput, splitSpecialties } from './expert-form';

const EXPERT: Expert = {
  id: 3,
  name: '王建国',
  mobile: '13812345678',
  enterpriseName: '中建一局集团',
  enterpriseId: 9,
  recommendingUnitId: 2,
  recommendingUnitName: '中国建筑集团',
  specialties: ['土建', '安装'],
  trainingStatus: 'trained',
  trainedAt: '2026-03-01',
  assessmentStatus: 'passed',
  assessedAt: '2026-03-10',
  active: true,
  drawable: true,
  userId: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('expert form', () => {
  it('splits specialties on Chinese and western separators', () => {
    expect(splitSpecialties(' 土建、安装，市政, 土建 ; 钢结构')).toEqual(['土建', '安装', '市政', '钢结构']);
    expect(splitSpecialties('  ')).toEqual([]);
  });

  it('round-trips an expert into the record the server takes', () => {
    expect(formToExpertInput(expertToForm(EXPERT), EXPERT.enterpriseId)).toEqual({
      name: '王建国',
      mobile: '13812345678',
      enterpriseName: '中建一局集团',
      enterpriseId: 9,
      recommendingUnitId: 2,
      specialties: ['土建', '安装'],
      trainingStatus: 'trained',
      trainedAt: '2026-03-01',
      assessmentStatus: 'passed',
      assessedAt: '2026-03-10',
      active: true,
    });
  });

  it('sends blanks as null dates and leaves the unknown unit for the server to name', () => {
    const input = formToExpertInput({ ...EMPTY_EXPERT_FORM, name: ' 李四 ', mobile: '138-1234-5678' });
    expect(input).toMatchObject({ name: '李四', mobile: '13812345678', trainedAt: null, assessedAt: null, specialties: [] });
    expect(Number.isNaN(input.recommendingUnitId)).toBe(true);
    expect('enterpriseId' in input).toBe(false);
  });
});
