import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ParseSandbox } from '../src/common/parse-sandbox/parse-sandbox.js';
import { extractText } from '../src/modules/similarity/text-extraction.js';
import { oleFixture, pdfDeflateBombFixture, pdfFixture, pptxBombFixture, realisticPptxFixture, textPdfFixture, textPptxFixture, zipFixture } from './support/material-files.js';
import { TEST_DB } from './support/test-app.js';

/* 材料查重: reading the text of PDFs and decks, and the parse sandbox's limits. No app: the extractor alone. */

const MIME_PDF = 'application/pdf';
const MIME_PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

describe(`材料查重 (issue 8) on ${TEST_DB}`, () => {
  /** Files for the extractor, in a folder of this test's own, removed after it. */
  let fileDir: string | undefined;
  afterAll(() => {
    if (fileDir) rmSync(fileDir, { recursive: true, force: true });
  });
  const at = async (name: string, bytes: Buffer) => {
    fileDir ??= mkdtempSync(join(tmpdir(), 'cacem-similarity-'));
    const path = join(fileDir, name);
    await writeFile(path, bytes);
    return path;
  };

  it('extracts PDF pages and PPTX slides in the presentation order, and names what cannot be checked', async () => {
    const pages = ['第一页：钢筋加工一班的质量管理活动，开展样板引路和三检制度，一次验收合格率达到百分之百。', '第二页：活动成效，节约钢材三点二吨，获评公司优秀班组，班组成员技能全面提升。'];
    const pdf = await extractText(await at('a.pdf', await textPdfFixture(pages)), MIME_PDF);
    expect(pdf).toMatchObject({ ok: true });
    expect(pdf.ok && pdf.pages.map((p) => p.replace(/\s/g, ''))).toEqual(pages);
    const pptx = await extractText(await at('a.pptx', textPptxFixture(pages)), MIME_PPTX);
    expect(pptx.ok && pptx.pages.map((p) => p.trim())).toEqual(pages);
    expect(await extractText(await at('scan.pdf', await pdfFixture()), MIME_PDF)).toEqual({ ok: false, code: 'SIMILARITY_NO_TEXT_LAYER', pages: 1 });
    expect(await extractText(await at('old.ppt', oleFixture(['PowerPoint Document'])), 'application/vnd.ms-powerpoint')).toMatchObject({ ok: false, code: 'SIMILARITY_LEGACY_PPT' });
    expect(await extractText(await at('broken.pdf', Buffer.from('%PDF-1.7\nbroken')), MIME_PDF)).toMatchObject({ ok: false, code: 'SIMILARITY_UNREADABLE' });
    expect(await extractText(await at('broken.pptx', Buffer.from('PK\u0003\u0004 broken')), MIME_PPTX)).toMatchObject({ ok: false, code: 'SIMILARITY_UNREADABLE' });
    expect(await extractText(await at('empty.pptx', textPptxFixture(['', ''])), MIME_PPTX)).toMatchObject({ ok: false, code: 'SIMILARITY_NO_SLIDE_TEXT' });
    expect(await extractText(await at('nozip.pptx', zipFixture({ 'ppt/presentation.xml': '<p:presentation/>' })), MIME_PPTX)).toMatchObject({ ok: false });
    // A slide that unpacks to more than 16 MB is refused before it is read (a zip bomb would be the same, smaller).
    const huge = zipFixture({ 'ppt/presentation.xml': '<p:presentation/>', 'ppt/slides/slide1.xml': Buffer.alloc(16 * 1024 * 1024 + 1, 0x20) });
    expect(await extractText(await at('huge.pptx', huge), MIME_PPTX)).toMatchObject({ ok: false, code: 'SIMILARITY_TOO_LARGE' });
    // The bomb (40 slides × 16 MiB of one byte, 0.6 MB on disk) and a deflate bomb in a PDF page: too large.
    expect(await extractText(await at('bomb.pptx', await pptxBombFixture()), MIME_PPTX)).toMatchObject({ ok: false, code: 'SIMILARITY_TOO_LARGE' });
    expect(await extractText(await at('bomb.pdf', await pdfDeflateBombFixture(96 * 1024 * 1024)), MIME_PDF)).toMatchObject({ ok: false, code: 'SIMILARITY_TOO_LARGE' });
    // A real deck as PowerPoint deflates it, pictures and all, is read.
    const deck = await extractText(await at('deck.pptx', realisticPptxFixture(pages, 3)), MIME_PPTX);
    expect(deck.ok && deck.pages.map((p) => p.trim())).toEqual(pages);
  });

  it('stops a parse that runs past its time or memory limit, and names it (the sandbox kills its thread)', async () => {
    const path = await at('limit.pdf', await textPdfFixture(['第一页：钢筋加工一班的质量管理活动，开展样板引路和三检制度，一次验收合格率达到百分之百。']));
    const sandbox = new ParseSandbox();
    try {
      expect(await sandbox.run({ kind: 'pdf-text', path }, { timeoutMs: 1 })).toMatchObject({ ok: false, reason: 'limit' });
      expect(await sandbox.run({ kind: 'pdf-text', path }, { rssGrowthBytes: -1024 * 1024 * 1024 })).toMatchObject({ ok: false, reason: 'limit' });
      // The pool is still there for the next file.
      expect(await sandbox.run({ kind: 'pdf-text', path })).toMatchObject({ ok: true });
    } finally {
      await sandbox.close();
    }
  });
});
