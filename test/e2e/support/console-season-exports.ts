import { expect } from '@jest/globals';
import { APPLICATION_STATUS_LABEL, GRADE_LABEL } from '@cacem/shared';
import { EXPERTS, INVITED, type Team, type Unit } from './console-season-cast.js';
import { bodyRows, headerOf, type Sheet } from './console-season.js';
import { rubricItems } from './season.js';

/**
 * What the workbooks the console exports at the end of console-season.e2e.ts's season must hold: four teams in the
 * order they were scored, the first three invited and graded (the first 示范级, the others 提升级), one panel of three.
 */

/** The entries the season's actions leave in the audit log, by action. */
export const SEASON_AUDIT_COUNTS: Array<[string, number]> = [
  ['registration_card.issue', 4],
  ['recommender.create', 2],
  ['expert.create', 3],
  ['expert.account_create', 3],
  ['panel.draw', 1],
  ['panel.verify', 1],
  ['review.submit.materials', 12],
  ['review.closeMaterials', 1],
  ['invitations.publish', 1],
  ['presentation.schedule', 1],
  ['review.submit.presentation', 3 * INVITED],
  ['presentation.close', 1],
  ['grading.propose', 1],
  ['grading.confirm', 1],
  ['grading.publish', 1],
];

/** The bulk-issued cards' list (a title row, then the header): one card per enterprise, in order; their numbers and passwords. */
export function cardsInList(sheet: Sheet, enterprises: string[]): Array<{ cardNo: string; password: string }> {
  expect(headerOf(sheet, 2)).toEqual(['序号', '企业名称', '报名卡号', '初始密码']);
  const rows = bodyRows(sheet, 2);
  expect(rows.map((r) => r[1])).toEqual(enterprises);
  for (const [i, row] of rows.entries()) {
    expect(row[0]).toBe(i + 1);
    expect(String(row[2])).toMatch(/^\S{6,}$/);
    expect(String(row[3])).toMatch(/^\S{6,}$/);
  }
  return rows.map((r) => ({ cardNo: String(r[2]), password: String(r[3]) }));
}

/** 择优推荐名单 (a title row, then the header): no rows, as only 卓越级 teams go onward. */
export function expectEmptyOnwardList(sheet: Sheet): void {
  expect(String(sheet.rows[0]![0])).toContain('择优推荐名单');
  expect(headerOf(sheet, 2)).toEqual(['序号', '证书编号', '班组名称', '企业名称', '推荐单位', '等级', '总分', '资料审核得分', '成果发布得分']);
  expect(bodyRows(sheet, 2)).toHaveLength(0);
}

/** 参加成果发布会班组名单: all four teams, ranked, the first three invited. */
export function expectInvitationList(sheet: Sheet, teams: Team[]): void {
  expect(headerOf(sheet)).toEqual(['序号', '班组名称', '企业名称', '推荐单位', '资料审核得分', '资料审核排名', '是否受邀', '当前状态']);
  const rows = bodyRows(sheet);
  expect(rows).toHaveLength(4);
  const byTeam = new Map(rows.map((r) => [r[1], r]));
  for (const [i, team] of teams.entries()) {
    const row = byTeam.get(team.name)!;
    expect(row[2]).toBe(team.enterprise);
    expect(row[3]).toBe(team.unit.name);
    expect(row[5]).toBe(i + 1);
    expect(row[6]).toBe(i < INVITED ? '是' : '否');
    expect(row[7]).toBe(APPLICATION_STATUS_LABEL[i < INVITED ? 'invited' : 'not_invited']);
  }
}

/** 申报汇总表: the four applications with statuses, scores, grades and certificate numbers. */
export function expectApplicationsExport(sheet: Sheet, teams: Team[], certificateNos: string[]): void {
  expect(headerOf(sheet)).toEqual(['序号', '班组名称', '班组类型', '企业名称', '统一社会信用代码', '推荐单位', '状态', '提交时间', '资料审核得分', '成果发布得分', '总分', '等级', '证书编号']);
  const rows = bodyRows(sheet);
  expect(rows).toHaveLength(4);
  expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4]);
  const byTeam = new Map(rows.map((r) => [r[1], r]));
  for (const [i, team] of teams.entries()) {
    const row = byTeam.get(team.name)!;
    expect(row[3]).toBe(team.enterprise);
    expect(String(row[4])).toMatch(/^9111010\d{10}\S$/);
    expect(row[5]).toBe(team.unit.name);
    expect(typeof row[8]).toBe('number'); // every team has a materials score
    if (i < INVITED) {
      expect(row[6]).toBe(APPLICATION_STATUS_LABEL.certified);
      expect(typeof row[9]).toBe('number');
      expect(typeof row[10]).toBe('number');
      expect(row[11]).toBe(i === 0 ? GRADE_LABEL.exemplary : GRADE_LABEL.improving);
      expect(certificateNos).toContain(row[12]);
    } else {
      expect(row[6]).toBe(APPLICATION_STATUS_LABEL.not_invited);
      expect(row[9] ?? null).toBeNull();
      expect(row[12] ?? '').toBe('');
    }
  }
}

/** scores.xlsx: every sheet of every expert of panel 1, item by item — twelve materials sheets, nine presentation ones. */
export function expectScoresBook(scores: Sheet[], teams: Team[]): void {
  expect(scores.map((s) => s.name)).toEqual(['资料审核评分', '成果发布评分']);
  for (const [sheet, kind, count] of [
    [scores[0]!, 'materials', 12],
    [scores[1]!, 'presentation', 9],
  ] as const) {
    const items = rubricItems(kind);
    expect(headerOf(sheet)).toEqual(['申报编号', '班组名称', '专家组', '专家', '评分类别', ...items.map((i) => `${i.title}（满分${i.max}）`), '总分', '提交时间']);
    const rows = bodyRows(sheet);
    expect(rows).toHaveLength(count);
    for (const row of rows) {
      expect(EXPERTS.map((e) => e.name)).toContain(row[3]);
      expect(row[2]).toBe('第1组');
    }
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(teams.slice(0, kind === 'materials' ? 4 : INVITED).map((t) => t.applicationId)));
  }
}

/** results.xlsx: the three graded teams in rank order with their decided grades. */
export function expectResultsBook(results: Sheet, teams: Team[]): void {
  expect(headerOf(results)).toEqual(['排名', '班组名称', '企业名称', '推荐单位', '资料审核得分', '成果发布得分', '总分', '建议等级', '决定等级', '调整理由', '说明']);
  const graded = bodyRows(results);
  expect(graded.map((r) => [r[0], r[1], r[8]])).toEqual(teams.slice(0, INVITED).map((t, i) => [i + 1, t.name, i === 0 ? GRADE_LABEL.exemplary : GRADE_LABEL.improving]));
}

/** statistics.xlsx (the whole of Annex 3): no unit filed in this season. */
export function expectStatisticsBook(statistics: Sheet, units: Unit[]): void {
  const header = headerOf(statistics);
  expect(header.slice(0, 3)).toEqual(['序号', '推荐单位', '报送情况']);
  expect(header.at(-1)).toBe('填报时间');
  const rows = bodyRows(statistics);
  // No unit filed its 附件3 in this season: the 合计 row, then every active unit marked 未报送.
  expect(rows).toHaveLength(units.length + 1);
  expect(rows[0]!.slice(1, 3)).toEqual(['合计', '0 家已报送']);
  expect(rows.slice(1).map((r) => r[2])).toEqual(units.map(() => '未报送'));
  expect(rows.slice(1).map((r) => r[1])).toEqual(units.map((u) => u.name));
}
