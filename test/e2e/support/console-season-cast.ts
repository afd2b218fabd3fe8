/**
 * Who takes part in console-season.e2e.ts's season: four enterprises, four teams, two recommending units, three
 * experts in one panel; the top three teams are invited. The walk and its console actions share these.
 */

export const ENTERPRISES = ['秦岭隧道建设有限公司', '黄河大桥工程有限公司', '长江机电安装有限公司', '珠江市政建设有限公司'];
export const TEAM_NAMES = ['盾构掘进一班', '预应力张拉班组', '机电联调班组', '管廊施工二班'];
/** Which of the two units (0: the first, 1: the second) recommends each team. */
export const TEAM_UNIT = [0, 0, 1, 1];
export const EXPERTS = [
  { name: '周文博', mobile: '13912000001', enterprise: '华北工程建设集团有限公司' },
  { name: '吴海峰', mobile: '13912000002', enterprise: '西南路桥集团有限公司' },
  { name: '郑清远', mobile: '13912000003', enterprise: '东方安装工程有限公司' },
];
export type SeasonExpert = (typeof EXPERTS)[number];
export const SEED = 'console-season-2026';
export const SESSION = { title: '第一场（隧道、桥梁与机电）', venue: '北京市丰台区中施企协会议中心' };
export const INVITED = 3;
/** The screenshot of the season's n-th step, numbered so the folder reads in order. */
export const shotName = (n: number, stage: string) => `console-season-${String(n).padStart(2, '0')}-${stage}`;

export interface Unit {
  id: number;
  name: string;
}
export interface Team {
  name: string;
  enterprise: string;
  unit: Unit;
  cardNo: string;
  cardPassword: string;
  applicationId: number;
}
export interface ExpertLogin {
  name: string;
  username: string;
  password: string;
}
