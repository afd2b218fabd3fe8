import type { Passage } from '@cacem/shared';
import { addTable, newWorkbook, toBuffer, XLSX_MIME } from '../exports/workbook.js';
import type { PairView } from './similarity.service.js';

export const PAIR_REPORT_MIME = XLSX_MIME;

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const pages = (from: number, to: number, kind: 'pdf' | 'ppt') => {
  const unit = kind === 'ppt' ? '张幻灯片' : '页';
  return from === to ? `第 ${from} ${unit}` : `第 ${from}–${to} ${unit}`;
};

/** The evidence a case opened from a pair keeps: both documents, the figures, and every passage side by side. */
export async function buildPairReport(pair: PairView, passages: readonly Passage[]): Promise<Buffer> {
  const book = newWorkbook();
  const sides = [pair.a, pair.b];
  addTable(
    book,
    '比对概要',
    [
      { header: '项目', key: 'label', width: 24 },
      { header: '文件 A', key: 'a', width: 50 },
      { header: '文件 B', key: 'b', width: 50 },
    ],
    [
      { label: '班组', a: pair.a.teamName, b: pair.b.teamName },
      { label: '企业', a: pair.a.enterpriseName, b: pair.b.enterpriseName },
      { label: '推荐单位', a: pair.a.unitName, b: pair.b.unitName },
      { label: '活动年度', a: pair.a.campaignYear, b: pair.b.campaignYear },
      { label: '文件', a: `${pair.a.kindLabel}：${pair.a.fileName}`, b: `${pair.b.kindLabel}：${pair.b.fileName}` },
      { label: '申报 id', a: pair.a.applicationId, b: pair.b.applicationId },
      { label: '本文件文字落在匹配段落中的比例', a: percent(pair.coverageA), b: percent(pair.coverageB) },
      { label: '本文件特有片段在对方中出现的比例', a: percent(pair.containmentAInB), b: percent(pair.containmentBInA) },
      { label: '相似度（两者中较大的比例）', a: percent(pair.score), b: '' },
      { label: 'Jaccard 系数', a: pair.jaccard.toFixed(3), b: '' },
      { label: '匹配段落数', a: pair.passageCount, b: '' },
      { label: '比对时间', a: pair.checkedAt.toISOString(), b: '' },
    ],
  );
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
