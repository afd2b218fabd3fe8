import { describe, expect, it } from '@jest/globals';
import type { SimilarityDocSide } from './similarity.schemas.js';
import { actorName, precedence } from './similarity-views.js';

const side = (campaignYear: number, submittedAt: string | null): SimilarityDocSide => ({
  documentId: 1,
  applicationId: 1,
  campaignYear,
  kind: 'pdf',
  kindLabel: 'PDF 申报材料',
  fileName: 'a.pdf',
  teamName: '班组',
  enterpriseName: null,
  unitName: null,
  statusLabel: '已推荐',
  pages: 3,
  submittedAt: submittedAt === null ? null : new Date(submittedAt),
});

describe('similarity views', () => {
  it('says who came first: the earlier campaign across years, else the earlier submission', () => {
    expect(precedence(side(2026, '2026-04-01T00:00:00Z'), side(2025, '2025-04-01T00:00:00Z'))).toEqual({ first: 'b', a: '后提交（2026 年度）', b: '往年（2025 年度）' });
    expect(precedence(side(2026, '2026-04-01T00:00:00Z'), side(2026, '2026-04-02T00:00:00Z'))).toEqual({ first: 'a', a: '先提交', b: '后提交' });
    expect(precedence(side(2026, '2026-04-02T00:00:00Z'), side(2026, '2026-04-01T00:00:00Z'))).toEqual({ first: 'b', a: '后提交', b: '先提交' });
    expect(precedence(side(2026, '2026-04-01T00:00:00Z'), side(2026, '2026-04-01T00:00:00Z'))).toEqual({ first: null, a: '同时提交', b: '同时提交' });
    expect(precedence(side(2026, null), side(2026, '2026-04-01T00:00:00Z'))).toEqual({ first: null, a: '尚未提交', b: '' });
  });

  it('names actors as people read them, never by a raw id', () => {
    const names = new Map([['user:1', '秘书处演示账号']]);
    expect(actorName('user:1', names)).toBe('秘书处演示账号');
    expect(actorName('system', names)).toBe('系统');
    expect(actorName('user:99', names)).toBe('未知用户');
  });
});
