import { describe, expect, it } from '@jest/globals';
import type { SimilarityDocSide, SimilarityPair, SimilarityRun } from '../../api/console-similarity';
import { caseDescription, filterText, hiddenNote, pageText, pct, runActive, submittedText, teamText, thresholdText } from './logic';

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
  submittedAt: '2025-04-30T02:05:00Z',
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
  precedence: { first: 'b', a: '后提交（2025 年度）', b: '往年（2024 年度）' },
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

  it('says what the default filter leaves out, with the counts, and nothing when it shows every pair', () => {
    const counts = { total: 7, suspicious: 3, belowLine: 2, dismissed: 2 };
    expect(filterText(counts, { suspiciousOnly: true, includeDismissed: false })).toBe('当前只列出待核查的疑似雷同 3 对');
    expect(hiddenNote(counts, { suspiciousOnly: true, includeDismissed: false })).toBe('另有 2 对相似但未达疑似线、2 对已核实无问题，未列出');
    expect(hiddenNote(counts, { suspiciousOnly: false, includeDismissed: false })).toBe('另有 2 对已核实无问题，未列出');
    expect(filterText(counts, { suspiciousOnly: false, includeDismissed: false })).toBe('当前列出待核查的相似文件对 5 对（含未达疑似线的）');
    expect(filterText(counts, { suspiciousOnly: false, includeDismissed: true })).toBe('当前列出全部相似文件对 7 对');
    expect(hiddenNote(counts, { suspiciousOnly: false, includeDismissed: true })).toBeNull();
    // Nothing hidden when there is nothing to hide.
    expect(hiddenNote({ total: 3, suspicious: 3, belowLine: 0, dismissed: 0 }, { suspiciousOnly: true, includeDismissed: false })).toBeNull();
  });

  it('names the lines and when each side was submitted, in Beijing time', () => {
    expect(thresholdText({ reportFrom: 0.1, suspiciousFrom: 0.25 })).toBe('相似度达到 25% 为疑似雷同，10%–25% 列为相似');
    expect(submittedText(pair.a, '先提交')).toBe('2025-04-30 10:05 提交 · 先提交');
    expect(submittedText({ ...pair.a, submittedAt: null }, '尚未提交')).toBe('尚未提交');
  });
});
