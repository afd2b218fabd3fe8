/**
 * fontkit's TrueType subsetter (used by pdf-lib) copies each glyph's bytes as they are and, for a small subset, writes
 * the short loca format, which stores offsets divided by two. Noto Sans SC has glyphs of odd length, so every glyph
 * after one of them is read from the wrong place and renders blank. Padding every glyph to an even length in the source
 * font (and writing its loca in the long format) makes the subsets correct.
 */
export function evenGlyphs(sfnt: Uint8Array): Uint8Array {
  const src = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = src.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  const order: string[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + i * 16;
    const tag = src.toString('latin1', entry, entry + 4);
    const offset = src.readUInt32BE(entry + 8);
    tables.set(tag, src.subarray(offset, offset + src.readUInt32BE(entry + 12)));
    order.push(tag);
  }
  const head = tables.get('head');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  const maxp = tables.get('maxp');
  if (!head || !loca || !glyf || !maxp) return sfnt; // not a TrueType-outline font: nothing to fix
  const numGlyphs = maxp.readUInt16BE(4);
  const long = head.readInt16BE(50) === 1;
  const offsetOf = (i: number) => (long ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2);

  const glyphs: Buffer[] = [];
  const newLoca = Buffer.alloc((numGlyphs + 1) * 4);
  let at = 0;
  for (let i = 0; i < numGlyphs; i++) {
    newLoca.writeUInt32BE(at, i * 4);
    const data = glyf.subarray(offsetOf(i), offsetOf(i + 1));
    const padded = data.length % 2 === 0 ? data : Buffer.concat([data, Buffer.alloc(1)]);
    glyphs.push(padded);
    at += padded.length;
  }
  newLoca.writeUInt32BE(at, numGlyphs * 4);
  const newHead = Buffer.from(head);
  newHead.writeInt16BE(1, 50);
  newHead.writeUInt32BE(0, 8); // checkSumAdjustment: not used by PDF readers, and the subsetter writes its own head
  tables.set('head', newHead);
  tables.set('loca', newLoca);
  tables.set('glyf', Buffer.concat(glyphs));

  const headerSize = 12 + numTables * 16;
  const total = order.reduce((n, tag) => n + ((tables.get(tag)!.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(total);
  src.copy(out, 0, 0, 12);
  let offset = headerSize;
  order.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const entry = 12 + i * 16;
    out.write(tag, entry, 'latin1');
    out.writeUInt32BE(checksum(data), entry + 4);
    out.writeUInt32BE(offset, entry + 8);
    out.writeUInt32BE(data.length, entry + 12);
    data.copy(out, offset);
    offset += (data.length + 3) & ~3;
  });
  return out;
}

function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const word = ((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}
