import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { CjkWriter } from './cjk-writer.js';

/**
 * An A4 PDF of these pages of Chinese text in the embedded font, each paragraph wrapped to the page (what pdf.js reads
 * back page by page): the text-only declarations that the demo season, the tests and the extraction bench upload.
 */
export async function cjkTextPdf(pages: readonly string[], title?: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  if (title !== undefined) doc.setTitle(title);
  doc.registerFontkit(fontkit);
  for (const text of pages) {
    const page = doc.addPage([595, 842]);
    const writer = new CjkWriter(doc, page);
    let y = 800;
    for (const paragraph of text.split('\n')) {
      for (const line of await writer.wrap(paragraph, 10, 515)) {
        if (y < 40) break;
        await writer.text(line, 40, y, 10);
        y -= 14;
      }
    }
  }
  return Buffer.from(await doc.save());
}
