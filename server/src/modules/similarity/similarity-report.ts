import type { Passage } from '@cacem/shared';
import { addTable, beijingTime, DATETIME_FORMAT, newWorkbook, toBuffer, XLSX_MIME } from '../exports/index.js';
import type { SimilarityDocSide, SimilarityPairView } from './similarity.schemas.js';

export const PAIR_REPORT_MIME = XLSX_MIME;

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const pages = (from: number, to: number, kind: 'pdf' | 'ppt') => {
  const unit = kind === 'ppt' ? '张幻灯片' : '页';
  return from === to ? `第 ${from} ${unit}` : `第 ${from}–${to} ${unit}`;
};
const beijing = (date: Date | string | null) => (date === null ? '' : beijingTime(new Date(date))!.toISOString().slice(0, 16).replace('T', ' '));
const submitted = (side: SimilarityDocSide, label: string) => {
  const at = side.submittedAt ? `${beijing(side.submittedAt)} 提交` : '尚未提交';
  return label && label !== '尚未提交' ? `${at}（${label}）` : at;
};

/**
 * The evidence a case opened from a pair keeps: both documents, who submitted first, each side's share of its own text
 * found in the other, and every passage side by side in A's reading order — the figures as the console shows them.
 */
export async function buildPairReport(pair: SimilarityPairView, passages: readonly Passage[]): Promise<Buffer> {
  const book = newWorkbook();
  const sides = [pair.a, pair.b];
  addTable(
    book,
    '比对概要',
    [
      { header: '项目', key: 'label', width: 28 },
      { header: '文件 A', key: 'a', width: 50 },
      { header: '文件 B', key: 'b', width: 50 },
    ],
    [
      { label: '班组', a: pair.a.teamName, b: pair.b.teamName },
      { label: '企业', a: pair.a.enterpriseName, b: pair.b.enterpriseName },
      { label: '推荐单位', a: pair.a.unitName, b: pair.b.unitName },
      { label: '活动年度', a: pair.a.campaignYear, b: pair.b.campaignYear },
      { label: '提交时间与先后', a: submitted(pair.a, pair.precedence.a), b: submitted(pair.b, pair.precedence.b) },
      { label: '文件', a: `${pair.a.kindLabel}：${pair.a.fileName}`, b: `${pair.b.kindLabel}：${pair.b.fileName}` },
      { label: '申报编号', a: pair.a.applicationId, b: pair.b.applicationId },
      { label: '本文件文字见于对方的比例', a: percent(pair.coverageA), b: percent(pair.coverageB) },
      { label: '相似度（两者中较大的比例）', a: percent(pair.score), b: '' },
      { label: '结论', a: pair.suspicious ? '疑似雷同' : '相似，未达疑似线', b: '' },
      { label: '匹配段落数', a: pair.passageCount, b: '' },
      { label: '匹配字数', a: pair.matchedChars, b: '' },
      { label: '比对时间', a: beijingTime(new Date(pair.checkedAt)), b: '' },
    ],
  ).getCell('B14').numFmt = DATETIME_FORMAT;
  const sheet = addTable(
    book,
    '匹配段落',
    [
      { header: '序号', key: 'no', width: 6 },
      { header: '文件 A 位置', key: 'aPages', width: 14 },
      { header: '文件 A 原文', key: 'aText', width: 60 },
      { header: '文件 B 位置', key: 'bPages', width: 14 },
      { header: '文件 B 原文', key: 'bText', width: 60 },
      { header: '字数', key: 'chars', width: 8 },
    ],
    passages.map((p, k) => ({
      no: k + 1,
      aPages: pages(p.a.fromPage, p.a.toPage, sides[0]!.kind),
      aText: p.a.text,
      bPages: pages(p.b.fromPage, p.b.toPage, sides[1]!.kind),
      bText: p.b.text,
      chars: p.chars,
    })),
  );
  sheet.eachRow((row, n) => {
    if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
  return toBuffer(book);
}
