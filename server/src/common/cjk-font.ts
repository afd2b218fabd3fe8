import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { inflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { evenGlyphs } from './even-glyphs.js';

// Noto Sans SC (SIL OFL 1.1) from @fontsource/noto-sans-sc, installed with npm: no system font is needed at run time.
// Fontsource splits the font by character; the 'chinese-simplified' file covers the common characters and ASCII,
// the numbered files the rest. Text is drawn in runs, each with the first file that has its characters.
const require = createRequire(import.meta.url);
const PRIMARY = ['chinese-simplified', 'latin', 'latin-ext'];
const WEIGHT = '400-normal';

export interface FontFile {
  name: string;
  /** Plain TrueType bytes, for pdf-lib to subset. */
  bytes: Uint8Array;
  has(codePoint: number): boolean;
}

let primary: FontFile[] | null = null;
let others: FontFile[] | null = null;

function load(path: string, name: string): FontFile {
  // Padded glyphs: without it pdf-lib's subsets of this font render most characters blank (see even-glyphs.ts).
  const bytes = evenGlyphs(woffToSfnt(readFileSync(path)));
  const font = fontkit.create(Buffer.from(bytes));
  return { name, bytes, has: (cp) => font.hasGlyphForCodePoint(cp) };
}

function fileOf(subset: string): string {
  return require.resolve(`@fontsource/noto-sans-sc/files/noto-sans-sc-${subset}-${WEIGHT}.woff`);
}

/** The font file to draw a character with; null when no file of the font has it (it is then left out). */
export function fontFileFor(codePoint: number): FontFile | null {
  primary ??= PRIMARY.map((s) => load(fileOf(s), s));
  const found = primary.find((f) => f.has(codePoint));
  if (found) return found;
  // Rare characters: the numbered subsets are read only when first needed.
  others ??= readdirSync(dirname(fileOf(PRIMARY[0]!)))
    .filter((n) => /^noto-sans-sc-\d+-400-normal\.woff$/.test(n))
    .map((n) => load(`${dirname(fileOf(PRIMARY[0]!))}/${n}`, n));
  return others.find((f) => f.has(codePoint)) ?? null;
}

/**
 * WOFF 1.0 → plain TrueType/OpenType bytes. fontkit inflates a WOFF table again on every glyph it reads, which made
 * subsetting a Chinese page take seconds; unpacked once, the same subset takes milliseconds.
 */
export function woffToSfnt(woff: Buffer): Uint8Array {
  if (woff.readUInt32BE(0) !== 0x774f4646) return woff; // not 'wOFF': already an sfnt
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: Array<{ tag: number; checksum: number; data: Buffer }> = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data: compLength < origLength ? inflateSync(raw) : raw });
  }
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  const headerSize = 12 + numTables * 16;
  const total = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const entry = 12 + i * 16;
    out.writeUInt32BE(t.tag, entry);
    out.writeUInt32BE(t.checksum, entry + 4);
    out.writeUInt32BE(offset, entry + 8);
    out.writeUInt32BE(t.data.length, entry + 12);
    t.data.copy(out, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}
