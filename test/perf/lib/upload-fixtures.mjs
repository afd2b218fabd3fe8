// Material files for the benches (upload rush, season), made as server/test/support/material-files.ts makes them: a
// one-page PDF, and a .pptx — a store-only zip with the parts a reader needs — optionally padded with a large stored
// media entry. The text/title goes into the file, so each team's upload has bytes, and a SHA-256, of its own.
import { PDFDocument } from 'pdf-lib';
import { zipFixture, zipParts } from '../../../scripts/lib/zip-store.mjs';

/** A small valid PDF with one page. */
export async function pdfFixture(text = 'materials') {
  const doc = await PDFDocument.create();
  doc.setTitle(text);
  doc.addPage([200, 200]);
  return Buffer.from(await doc.save());
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>';

/**
 * A .pptx: the skeleton a reader recognises as a presentation; with `totalBytes`, padded to that size by a stored
 * (uncompressed, random-looking) video under ppt/media/, as a real deck with a clip is.
 */
export function pptxFixture(title = 'slides', totalBytes = 0) {
  return Buffer.concat(pptxParts(title, totalBytes));
}

/** pptxFixture as zipParts: the padding (made once per size) shared by every deck of that size. */
export function pptxParts(title = 'slides', totalBytes = 0) {
  const entries = {
    '[Content_Types].xml': CONTENT_TYPES,
    'ppt/presentation.xml': `<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><!-- ${title} --></p:presentation>`,
  };
  const skeleton = zipFixture(entries).length;
  const name = 'ppt/media/media1.mp4';
  // Each entry costs 30 + 46 bytes of headers plus its name twice.
  const pad = totalBytes - skeleton - 76 - 2 * Buffer.byteLength(name);
  if (pad > 0) entries[name] = padding(pad);
  return zipParts(entries);
}

const paddings = new Map();
/** `size` random-looking bytes (xorshift: they do not compress), the same Buffer for the same size. */
function padding(size) {
  if (!paddings.has(size)) {
    const pad = size;
    const media = Buffer.allocUnsafe(pad);
    let x = 0x9e3779b9;
    for (let i = 0; i + 4 <= pad; i += 4) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      media.writeInt32LE(x | 0, i);
    }
    media.fill(7, pad - (pad % 4));
    paddings.set(size, media);
  }
  return paddings.get(size);
}
