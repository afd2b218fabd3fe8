import ExcelJS from 'exceljs';

export const ONWARD_HEADERS = ['序号', '证书编号', '班组名称', '企业名称', '推荐单位', '等级', '总分', '资料审核得分', '成果发布得分'] as const;

export interface OnwardRow {
  certificateNo: string;
  teamName: string;
  enterpriseName: string;
  unitName: string;
  gradeLabel: string;
  total: number;
  materialsScore: number;
  presentationScore: number;
}

/**
 * 择优推荐 (第十三条): the 卓越级 teams of the year, highest total first, as the list sent on to 国家市场监督管理总局
 * and 中国质量协会. One sheet, a title row, then the headers and one row per team.
 */
export async function buildOnwardWorkbook(year: number, rows: readonly OnwardRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '中国施工企业管理协会';
  const sheet = book.addWorksheet(`${year}年择优推荐名单`, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [
    { key: 'seq', width: 7 },
    { key: 'certificateNo', width: 20 },
    { key: 'teamName', width: 28 },
    { key: 'enterpriseName', width: 36 },
    { key: 'unitName', width: 30 },
    { key: 'gradeLabel', width: 9 },
    { key: 'total', width: 9 },
    { key: 'materialsScore', width: 13 },
    { key: 'presentationScore', width: 13 },
  ];
  sheet.mergeCells(1, 1, 1, ONWARD_HEADERS.length);
  const title = sheet.getCell(1, 1);
  title.value = `${year}年度工程建设质量信得过班组（卓越级）择优推荐名单`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  header.values = [...ONWARD_HEADERS];
  header.font = { bold: true };
  header.alignment = { horizontal: 'center' };
  rows.forEach((r, i) => {
    sheet.addRow({ seq: i + 1, ...r });
  });
  for (const key of ['total', 'materialsScore', 'presentationScore']) sheet.getColumn(key).numFmt = '0.00';
  return Buffer.from(await book.xlsx.writeBuffer());
}
