import ExcelJS from 'exceljs';

export const CARDS_XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CARDS_HEADERS = ['序号', '企业名称', '报名卡号', '初始密码'] as const;

/** 报名卡发放清单: a title row warning that the passwords appear only here, then one row per card issued. */
export async function buildCardsWorkbook(year: number, cards: ReadonlyArray<{ cardNo: string; password: string; enterpriseName: string }>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '中国施工企业管理协会';
  const sheet = book.addWorksheet('报名卡发放清单', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [
    { key: 'no', width: 7 },
    { key: 'enterpriseName', width: 40 },
    { key: 'cardNo', width: 16 },
    { key: 'password', width: 18 },
  ];
  sheet.mergeCells(1, 1, 1, CARDS_HEADERS.length);
  const title = sheet.getCell(1, 1);
  title.value = `${year}年度报名卡发放清单（初始密码仅在此显示一次，平台不保存明文，请妥善保管并分别发给各企业）`;
  title.font = { bold: true, size: 13 };
  title.alignment = { horizontal: 'center', wrapText: true };
  sheet.getRow(1).height = 36;
  const header = sheet.getRow(2);
  header.values = [...CARDS_HEADERS];
  header.font = { bold: true };
  header.alignment = { horizontal: 'center' };
  // Card numbers and passwords are text: a leading zero must survive.
  cards.forEach((c, i) => sheet.addRow({ no: i + 1, enterpriseName: c.enterpriseName, cardNo: c.cardNo, password: c.password }));
  return Buffer.from(await book.xlsx.writeBuffer());
}
