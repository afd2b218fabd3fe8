import { type Color, degrees, type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { type FontFile, fontFileFor } from './cjk-font.js';

const BLACK = rgb(0, 0, 0);

export interface TextStyle {
  color?: Color;
  opacity?: number;
  /** Degrees, counter-clockwise about the start of the text. */
  rotate?: number;
}

/**
 * Chinese text on a pdf-lib page in Noto Sans SC, embedded as subsets: each string is drawn in runs, one per font file
 * that has its characters (see cjk-font.ts). Shared by the 统计表 and the certificate.
 */
export class CjkWriter {
  private readonly fonts = new Map<FontFile, PDFFont>();
  // fontkit lays out every string it measures (slow for a CJK font): measure each character once, at 1 pt.
  private readonly advance = new Map<string, number>();

  constructor(
    private readonly doc: PDFDocument,
    readonly page: PDFPage,
    /** The colour of text drawn without one. */
    private readonly ink: Color = BLACK,
  ) {}

  async runs(text: string): Promise<Array<{ text: string; font: PDFFont }>> {
    const runs: Array<{ text: string; font: PDFFont }> = [];
    for (const ch of text) {
      const file = fontFileFor(ch.codePointAt(0)!);
      if (!file) continue;
      let font = this.fonts.get(file);
      if (!font) {
        font = await this.doc.embedFont(file.bytes, { subset: true });
        this.fonts.set(file, font);
      }
      const last = runs.at(-1);
      if (last?.font === font) last.text += ch;
      else runs.push({ text: ch, font });
    }
    return runs;
  }

  async width(text: string, size: number): Promise<number> {
    let width = 0;
    for (const run of await this.runs(text)) {
      for (const ch of run.text) {
        let a = this.advance.get(ch);
        if (a === undefined) {
          a = run.font.widthOfTextAtSize(ch, 1);
          this.advance.set(ch, a);
        }
        width += a * size;
      }
    }
    return width;
  }

  /** Draws the text from (x, y); returns the x where it ends (along the baseline when rotated). */
  async text(text: string, x: number, y: number, size: number, style: TextStyle = {}): Promise<number> {
    let at = x;
    const angle = ((style.rotate ?? 0) * Math.PI) / 180;
    for (const run of await this.runs(text)) {
      const dx = at - x;
      this.page.drawText(run.text, {
        x: x + dx * Math.cos(angle),
        y: y + dx * Math.sin(angle),
        size,
        font: run.font,
        color: style.color ?? this.ink,
        ...(style.opacity !== undefined ? { opacity: style.opacity } : {}),
        ...(style.rotate !== undefined ? { rotate: degrees(style.rotate) } : {}),
      });
      at += await this.width(run.text, size);
    }
    return at;
  }

  async centered(text: string, left: number, right: number, y: number, size: number, style: TextStyle = {}): Promise<void> {
    await this.text(text, left + (right - left - (await this.width(text, size))) / 2, y, size, style);
  }

  /** The largest size from `size` down to `min` (in half points) at which the text fits on one line. */
  async fit(text: string, size: number, min: number, maxWidth: number): Promise<number> {
    let s = size;
    while (s > min && (await this.width(text, s)) > maxWidth) s -= 0.5;
    return s;
  }

  /** Breaks text into lines that fit the width, character by character (Chinese has no spaces to break at); keeps line breaks. */
  async wrap(text: string, size: number, maxWidth: number): Promise<string[]> {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = '';
      let lineWidth = 0;
      for (const ch of paragraph) {
        const w = await this.width(ch, size);
        if (line && lineWidth + w > maxWidth) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += ch;
        lineWidth += w;
      }
      lines.push(line);
    }
    return lines;
  }
}
