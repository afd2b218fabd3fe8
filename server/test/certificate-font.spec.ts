import { describe, expect, it } from '@jest/globals';
import fontkit from '@pdf-lib/fontkit';
import { fontFileFor } from '../src/common/cjk-font.js';

/* The font the certificate PDF draws with (the certificates themselves are in certificates.spec.ts); no app needed. */

describe('certificate font subsets', () => {
  // fontkit writes small subsets with short loca offsets (halved), so an odd-length glyph shifts every glyph after it.
  it('keeps every glyph of a Chinese subset drawable once glyphs are padded to even lengths', async () => {
    const text = '工程建设质量信得过班组证书0123456789卓越级中国施工企业管理协会';
    const file = fontFileFor(text.codePointAt(0)!)!;
    // cjk-font serves the bytes already padded (even-glyphs.ts): the certificate and the 统计表 both rely on it.
    const font = fontkit.create(Buffer.from(file.bytes));
    const subset = font.createSubset();
    const glyphs = font.layout(text).glyphs.map((glyph) => ({ glyph, id: subset.includeGlyph(glyph) }));
    const bytes = await new Promise<Buffer>((resolve) => {
      const parts: Buffer[] = [];
      subset
        .encodeStream()
        .on('data', (b: Uint8Array) => parts.push(Buffer.from(b)))
        .on('end', () => resolve(Buffer.concat(parts)));
    });
    const reread = fontkit.create(bytes);
    for (const { glyph, id } of glyphs) {
      expect(reread.getGlyph(id).path.toSVG()).toBe(glyph.path.toSVG());
    }
  });
});

