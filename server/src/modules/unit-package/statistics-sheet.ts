import fontkit from '@pdf-lib/fontkit';
import { REVIEW_FORM_LABEL, REVIEW_FORMS, statisticsMonthLabel, UNIT_STATISTICS_ROWS, type UnitStatisticsValues } from '@cacem/shared';
import { type PDFDocument, rgb } from 'pdf-lib';
import { CjkWriter } from '../../common/cjk-writer.js';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const BLACK = rgb(0, 0, 0);

/** The 统计表's writer: Chinese text (CjkWriter) plus the ticked boxes and cells of the table. */
class Writer extends CjkWriter {
  box(x: number, y: number, checked: boolean, size = 9): void {
    this.page.drawRectangle({ x, y, width: size, height: size, borderColor: BLACK, borderWidth: 0.8 });
    if (!checked) return;
    this.page.drawLine({ start: { x: x + 1.8, y: y + size * 0.5 }, end: { x: x + size * 0.42, y: y + 1.8 }, thickness: 1.2, color: BLACK });
    this.page.drawLine({ start: { x: x + size * 0.42, y: y + 1.8 }, end: { x: x + size - 1.5, y: y + size - 1.5 }, thickness: 1.2, color: BLACK });
  }

  rect(x: number, top: number, width: number, height: number): void {
    this.page.drawRectangle({ x, y: top - height, width, height, borderColor: BLACK, borderWidth: 0.8 });
  }
}

// 万元 with two decimals, as the notice's table asks.
const amount = (n: number) => n.toFixed(2);
const count = (n: number | null) => (n === null ? '' : String(n));

/**
 * 附件3 工程建设质量信得过班组活动统计表 as one A4 page, laid out like the notice's table:
 * the numeric rows (统计项目 / 单位 / 数量), the features-and-problems text, the review forms as ticked boxes,
 * the presentation meeting, the department in charge and the contact.
 */
export async function drawStatisticsSheet(doc: PDFDocument, unitName: string, period: { from: string; to: string }, v: UnitStatisticsValues): Promise<void> {
  doc.registerFontkit(fontkit);
  const w = new Writer(doc, doc.addPage(A4));
  const left = MARGIN;
  const right = A4[0] - MARGIN;
  const width = right - left;
  let y = A4[1] - 70;
  await w.centered('工程建设质量信得过班组活动统计表', left, right, y, 18);
  y -= 26;
  await w.centered(`（${statisticsMonthLabel(period.from)}至${statisticsMonthLabel(period.to)}）`, left, right, y, 11);
  y -= 30;
  await w.text(`推荐单位：${unitName}`, left, y, 11);
  y -= 12;

  const size = 10;
  const rowH = 22;
  const unitX = left + width * 0.7;
  const valueX = left + width * 0.8;
  const cell = async (text: string, x0: number, x1: number, top: number, h = rowH, center = false) => {
    w.rect(x0, top, x1 - x0, h);
    const baseline = top - h / 2 - size * 0.35;
    if (center) await w.centered(text, x0, x1, baseline, size);
    else await w.text(text, x0 + 5, baseline, size);
  };
  await cell('统计项目', left, unitX, y, rowH, true);
  await cell('单位', unitX, valueX, y, rowH, true);
  await cell('数量', valueX, right, y, rowH, true);
  y -= rowH;
  for (const row of UNIT_STATISTICS_ROWS) {
    const value = v[row.field];
    const label = row.label.length > 28 ? row.label.replace('（', '\n（') : row.label;
    const lines = label.split('\n');
    const h = lines.length > 1 ? rowH + 12 : rowH;
    w.rect(left, y, unitX - left, h);
    for (const [i, line] of lines.entries()) await w.text(line, left + 5, y - 14 - i * 13, size);
    await cell(row.unit, unitX, valueX, y, h, true);
    await cell(row.unit === '万元' ? amount(value) : String(value), valueX, right, y, h, true);
    y -= h;
  }

  // 主要特点及存在的问题: the text gets smaller, down to 7 pt, so any return of up to 2000 characters fits the page.
  const boxHeight = 230;
  let textSize = 10;
  let lines = await w.wrap(v.featuresAndProblems, textSize, width - 10);
  while ((lines.length + 1) * textSize * 1.35 > boxHeight - 10 && textSize > 7) {
    textSize -= 0.5;
    lines = await w.wrap(v.featuresAndProblems, textSize, width - 10);
  }
  w.rect(left, y, width, boxHeight);
  await w.text('本年度开展质量信得过班组活动主要特点及存在的问题：', left + 5, y - 14, size);
  let lineY = y - 14 - textSize * 1.5;
  for (const line of lines) {
    if (lineY < y - boxHeight + 4) break;
    await w.text(line, left + 10, lineY, textSize);
    lineY -= textSize * 1.35;
  }
  y -= boxHeight;

  const formsH = 26;
  w.rect(left, y, width, formsH);
  await w.text('质量信得过班组活动评审及交流形式', left + 5, y - 17, size);
  let x = left + 190;
  for (const form of REVIEW_FORMS) {
    x = await w.text(REVIEW_FORM_LABEL[form], x, y - 17, size);
    w.box(x + 3, y - 18, v.reviewForms.includes(form));
    x += 22;
  }
  y -= formsH;

  const c1 = left + width * 0.25;
  const c2 = left + width * 0.5;
  const c3 = left + width * 0.75;
  w.rect(left, y, width, formsH);
  await w.text('是否组织发布会', left + 5, y - 17, size);
  x = await w.text('是', c1 - 50, y - 17, size);
  w.box(x + 3, y - 18, v.meetingHeld);
  x = await w.text('否', x + 20, y - 17, size);
  w.box(x + 3, y - 18, !v.meetingHeld);
  await w.text(`发布会报名班组数：${count(v.meetingRegisteredTeams)}`, c1 + 30, y - 17, size);
  await w.text(`发布班组数：${count(v.meetingPresentingTeams)}`, c3 - 10, y - 17, size);
  y -= formsH;

  w.rect(left, y, width, formsH);
  await w.text(`发布会时间：${v.meetingDate ?? ''}`, left + 5, y - 17, size);
  await w.text(`发布会地点：${v.meetingPlace ?? ''}`, c2 - 60, y - 17, size);
  await w.text(`参会人数：${count(v.meetingAttendance)}`, c3 + 20, y - 17, size);
  y -= formsH;

  w.rect(left, y, width, formsH);
  await w.text(`质量信得过班组工作归口部门及负责人：${v.department}  ${v.departmentHead}`, left + 5, y - 17, size);
  y -= formsH;

  w.rect(left, y, width, formsH);
  await w.text(`联系人：${v.contactPerson}`, left + 5, y - 17, size);
  await w.text(`手机：${v.mobile}`, c1 + 20, y - 17, size);
  await w.text(`邮箱：${v.email}`, c2 + 40, y - 17, size);
  y -= formsH + 18;

  await w.text('注：本统计表数据来自企业，由推荐单位整理汇总。', left, y, 9);
}
