import { describe, expect, it } from '@jest/globals';
import type { SimilarityDocSide, SimilarityPair, SimilarityRun } from '../../api/console-similarity';
import { caseDescription, pageText, pct, runActive, teamText } from './logic';

const side = (applicationId: number, teamName: string | null, campaignYear: number): SimilarityDocSide => ({
  documentId: applicationId * 10,
  applicationId,
  campaignYear,
  kind: 'pdf',
  kindLabel: '申报材料',
  fileName: 'a.pdf',
  teamName,
  enterpriseName: '企业',
  unitName: '单位',
  statusLabel: '已提交',
  pages: 12,
});

const pair: SimilarityPair = {
  id: 1,
  score: 0.8261,
  suspicious: true,
  containmentAInB: 0.8,
  containmentBInA: 0.5,
  jaccard: 0.4,
  coverageA: 0.7,
  coverageB: 0.45,
  matchedChars: 3200,
  passageCount: 6,
  checkedAt: '2025-05-01T00:00:00Z',
  caseId: null,
  dismissal: null,
  a: side(11, '星火班', 2025),
  b: side(7, null, 2024),
};

describe('similarity logic', () => {
  it('formats fractions as percents', () => {
    expect(pct(0.8234)).toBe('82.3%');
    expect(pct(1)).toBe('100.0%');
    expect(pct(Number.NaN)).toBe('—');
  });

  it('names pages and slides, with a range when the passage spans several', () => {
    expect(pageText('pdf', 3, 3)).toBe('第 3 页');
    expect(pageText('pdf', 3, 4)).toBe('第 3–4 页');
    expect(pageText('ppt', 5, 5)).toBe('第 5 张幻灯片');
    expect(pageText('ppt', 5, 7)).toBe('第 5–7 张幻灯片');
  });

  it('polls only queued and running runs', () => {
    const run = (status: SimilarityRun['status']) => ({ status }) as SimilarityRun;
    expect(runActive(run('queued'))).toBe(true);
    expect(runActive(run('running'))).toBe(true);
    expect(runActive(run('done'))).toBe(false);
    expect(runActive(run('failed'))).toBe(false);
    expect(runActive(null)).toBe(false);
  });

  it('prefills the case description with the other team, its year, the score and the passages', () => {
    expect(caseDescription(pair, 'a')).toBe('材料查重：与「申报 7」（2024 年）的申报材料相似度 83%，匹配段落 6 处');
    expect(caseDescription(pair, 'b', 4)).toBe('材料查重：与「星火班」（2025 年）的申报材料相似度 83%，匹配段落 4 处');
    expect(teamText(pair.a)).toBe('星火班');
  });
});
