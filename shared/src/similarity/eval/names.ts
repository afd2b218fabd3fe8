// Names for the evaluation's declarations: an enterprise (printed in the page header, as page furniture) and a team.
// Made up from parts, so that no two documents share a name and no name is a real company's.

import type { SeededRandom } from '../../draw/seeded-random.js';

const PLACES = ['华东', '华南', '西南', '西北', '华北', '东北', '华中', '江淮', '沿海', '中原', '滨海', '川渝', '闽浙', '湘赣', '粤港', '京津'];
const TRADES = ['建工', '路桥', '水电', '市政', '安装', '港航', '轨道', '隧道', '钢构', '电力', '机场', '水利'];
const KINDS = ['集团有限公司', '工程有限公司', '建设有限公司', '工程局有限公司'];
const TEAMS = ['钢筋', '模板', '混凝土', '测量', '机电安装', '防水', '幕墙', '盾构', '桥面', '焊接', '装饰', '给排水', '电气', '试验检测', '架子', '砌筑'];
const SITES = ['一号线', '北站', '东区', '新城', '二标段', '滨江', '南港', '西环', '机场', '高新区', '三号楼', '大桥'];

export interface Names {
  enterprise: string;
  team: string;
}

export function makeNames(count: number, random: SeededRandom): Names[] {
  const seen = new Set<string>();
  const out: Names[] = [];
  while (out.length < count) {
    const pick = (list: readonly string[]) => list[random.nextInt(list.length)]!;
    const enterprise = `${pick(PLACES)}${pick(TRADES)}${pick(KINDS)}`;
    const team = `${pick(SITES)}项目${pick(TEAMS)}班组`;
    if (seen.has(team)) continue;
    seen.add(team);
    out.push({ enterprise, team });
  }
  return out;
}
