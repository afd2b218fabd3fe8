import fontkit from '@pdf-lib/fontkit';
import { beijingDate, formatCertificateNo, GRADE_LABEL } from '@cacem/shared';
import { PDFDocument, PDFString, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import { CjkWriter } from '../../common/cjk-writer.js';
import type { Certificate } from './certificate.entity.js';

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const INK = rgb(0.11, 0.13, 0.16);
const CRIMSON = rgb(0.62, 0.09, 0.09);
const GOLD = rgb(0.74, 0.58, 0.24);
const PAPER = rgb(1, 0.99, 0.96);
const GREY = rgb(0.36, 0.38, 0.42);
const REVOKED = rgb(0.85, 0.12, 0.1);

export const CERTIFICATE_ISSUER = '中国施工企业管理协会';

/** The address the certificate's QR code opens: the H5 public verification page with the number filled in. */
export function verificationUrl(publicBaseUrl: string, certificateNo: string): string {
  return `${publicBaseUrl}/#/public/verify/index?no=${encodeURIComponent(certificateNo)}`;
}

/** 2026-09-30 → 2026年9月30日, the date as it falls in Beijing. */
export function chineseDate(at: Date): string {
  const [y, m, d] = beijingDate(at).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * 证书 (第十三条) as one A4 landscape page: title, team and enterprise, the grade, the year, issuer and date, the number
 * and a QR code that opens the public verification page. A revoked certificate carries a large 已撤销 mark and the reason.
 */
export async function renderCertificatePdf(certificate: Certificate, publicBaseUrl: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const url = verificationUrl(publicBaseUrl, certificate.certificateNo);
  const gradeLabel = GRADE_LABEL[certificate.grade];
  doc.setTitle(`工程建设质量信得过班组证书 ${certificate.certificateNo}`);
  doc.setSubject(`${certificate.teamName}（${certificate.enterpriseName}）${certificate.year}年${gradeLabel}`);
  doc.setAuthor(CERTIFICATE_ISSUER);
  doc.setCreator(CERTIFICATE_ISSUER);
  doc.setKeywords([certificate.certificateNo, url]);
  const [width, height] = A4_LANDSCAPE;
  const page = doc.addPage(A4_LANDSCAPE);
  const w = new CjkWriter(doc, page, INK);

  page.drawRectangle({ x: 0, y: 0, width, height, color: PAPER });
  page.drawRectangle({ x: 18, y: 18, width: width - 36, height: height - 36, borderColor: GOLD, borderWidth: 6 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: GOLD, borderWidth: 1.2 });

  await w.centered('工程建设质量信得过班组', 0, width, 482, 30, { color: CRIMSON });
  await w.centered('证　书', 0, width, 422, 44, { color: CRIMSON });

  const left = 110;
  const right = width - 110;
  const enterpriseSize = await w.fit(certificate.enterpriseName, 20, 12, right - left);
  await w.text(certificate.enterpriseName, left, 360, enterpriseSize);
  const teamLine = `${certificate.teamName}：`;
  await w.text(teamLine, left, 328, await w.fit(teamLine, 20, 12, right - left));
  const body = `在${certificate.year}年工程建设质量信得过班组活动中，经资料审核和成果发布评审，被评为`;
  let y = 292;
  for (const line of await w.wrap(body, 16, right - left - 32)) {
    await w.text(line, left + 32, y, 16);
    y -= 26;
  }
  await w.centered(`${gradeLabel}质量信得过班组`, 0, width, 222, 34, { color: CRIMSON });
  await w.text('特发此证，以资鼓励。', left + 32, 182, 16);

  // Issuer and date, bottom right.
  await w.centered(CERTIFICATE_ISSUER, 520, 770, 118, 17);
  await w.centered(chineseDate(certificate.issuedAt), 520, 770, 90, 15);

  // Number and QR code, bottom left; the QR image is also a link for readers that open the PDF on screen.
  const qr = await doc.embedPng(await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 }));
  const qrSize = 92;
  const qrX = 64;
  const qrY = 56;
  page.drawImage(qr, { x: qrX, y: qrY, width: qrSize, height: qrSize });
  const link = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [qrX, qrY, qrX + qrSize, qrY + qrSize],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    }),
  );
  page.node.addAnnot(link);
  await w.text(`证书编号：${formatCertificateNo(certificate.certificateNo)}`, qrX + qrSize + 12, qrY + 52, 11, { color: GREY });
  await w.text('扫描二维码或在平台“证书查验”页输入编号查验真伪', qrX + qrSize + 12, qrY + 32, 9, { color: GREY });

  if (certificate.revokedAt !== null) {
    await w.text('已撤销', width / 2 - 190, height / 2 - 90, 120, { color: REVOKED, opacity: 0.35, rotate: 20 });
    const notice = `本证书已于${chineseDate(certificate.revokedAt)}撤销${certificate.revokedReason ? `，原因：${certificate.revokedReason}` : ''}`;
    const size = await w.fit(notice, 12, 8, width - 120);
    const lines = await w.wrap(notice, size, width - 120);
    let ny = 540;
    for (const line of lines.slice(0, 2)) {
      await w.text(line, 60, ny, size, { color: REVOKED });
      ny -= size + 4;
    }
  }
  return doc.save();
}
