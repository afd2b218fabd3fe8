// Material files for the benches (upload rush, season), made as server/test/support/material-files.ts makes them: a
// one-page PDF, and a .pptx — a store-only zip with the parts a reader needs — optionally padded with a large stored
// media entry. The text/title goes into the file, so each team's upload has bytes, and a SHA-256, of its own.
import { PDFDocument } from 'pdf-lib';

/** A small valid PDF with one page. */
export async function pdfFixture(text = 'materials') {
  const doc = await PDFDocument.create();
  doc.setTitle(text);
  doc.addPage([200, 200]);
  return Buffer.from(await doc.save());
}

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crcs = new WeakMap();
/** crc32, remembered per Buffer: a large entry shared by many zips is summed once. */
function crcOf(data) {
  let crc = crcs.get(data);
  if (crc === undefined) crcs.set(data, (crc = crc32(data)));
  return crc;
}

/** A store-only zip (no compression): local headers, the data, then the central directory. */
export function zipFixture(entries) {
  return Buffer.concat(zipParts(entries));
}

/**
 * The same zip as a list of buffers, the entries' data among them as given (not copied): many zips that share one
 * large entry cost its size once in memory.
 */
export function zipParts(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const fileName = Buffer.from(name);
    const crc = crcOf(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return [...locals, directory, end];
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
