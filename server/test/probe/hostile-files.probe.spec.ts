// Probe (issue 16, items 1 and 9): hostile files. Compression bombs against every parser of uploaded content (the
// upload checks, 材料查重's text extraction, the expert import), and every response carrying uploaded bytes checked for
// the headers that keep those bytes from ever running with the platform's origin.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { dataSourceOf } from '../../src/app.factory.js';
import { Clock } from '../../src/common/clock.js';
import { Material } from '../../src/modules/material/material.entity.js';
import { StorageService } from '../../src/storage/storage.service.js';
import { activityRecordFactory, draftApplicationFactory } from '../support/factories.js';
import {
  deflatedZipFixture,
  openActionPdfFixture,
  pdfDeflateBombFixture,
  pdfHtmlPolyglotFixture,
  pdfZipPolyglotFixture,
  PNG_1x1,
  PNG_HTML_POLYGLOT,
  pptxBombFixture,
  realisticPptxFixture,
  textPdfFixture,
  textPptxFixture,
  xlsxBombFixture,
  zipFixture,
} from '../support/material-files.js';
import { multipartBody } from '../support/multipart.js';
import { contactFactory, submittedApplicationFactory, uploadFile } from '../support/recommendation-factories.js';
import { MATERIALS_REVIEW, REGISTRATION } from '../support/review-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from '../support/test-app.js';
import { probe, type ProbeTally } from './probe-tally.js';

const MiB = 1024 * 1024;
/** The bar: the server's resident memory stays within this of its level before the hostile file is read. */
const RSS_BUDGET = 64 * MiB;
const mb = (bytes: number) => `${(bytes / MiB).toFixed(1)} MB`;

type Doc = { id: number; applicationId: number; kind: string; status: string; reasonCode: string | null; reason: string | null };
type Run = { status: string; error: string | null };

/** The process's RSS while `work` runs: before, the highest seen (sampled every 10 ms), and after. */
async function rssAround<T>(work: () => Promise<T>): Promise<{ result: T; before: number; peak: number; after: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  try {
    const result = await work();
    const after = process.memoryUsage.rss();
    return { result, before, peak: Math.max(peak, after), after };
  } finally {
    clearInterval(sampler);
  }
}

describe(`hostile files (issue 16) on ${TEST_DB}`, () => {
  let t: TestApp;
  let secretariat: string;

  beforeAll(async () => {
    t = await startTestApp({ SIMILARITY_AFTER_SCREENING_MS: '0' });
    secretariat = await loginAccount(t.app, 'mishuchu');
    t.app.get(Clock).travelTo(REGISTRATION);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('材料查重 reads zip and deflate bombs stored before the upload check knew them, without the server’s memory', async () => {
    await probe('hostile files', async (tally) => {
      const runSimilarity = async (): Promise<Run | null> => {
        const requested = await call(t.app, 'POST', '/api/v1/similarity/runs', { token: secretariat, json: {} });
        tally.check(requested.status === 202, `a run is queued (${requested.status})`);
        for (let i = 0; i < 1200; i++) {
          const overview = await call<{ latestRun: Run | null }>(t.app, 'GET', '/api/v1/similarity/overview', { token: secretariat });
          const latest = overview.body.latestRun;
          if (latest && (latest.status === 'done' || latest.status === 'failed')) return latest;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return null;
      };
      const ordinaryFiles = async () => ({
        pdf: await textPdfFixture(['本班组开展质量管理活动，落实三检制度，一次验收合格率百分之百。']),
        ppt: { name: '发布材料.pptx', bytes: textPptxFixture(['班组概况：钢筋加工一班成立于二〇一九年，现有成员十二人。']) },
      });
      // The server's level before: it has checked ordinary declarations once (its parser threads are up).
      for (const k of [1, 2]) await submittedApplicationFactory(t.app, `普通${k}班组`, undefined, await ordinaryFiles());
      t.app.get(Clock).travelTo(MATERIALS_REVIEW);
      const warm = await runSimilarity();
      tally.check(warm?.status === 'done', `a run over ordinary files finishes (${JSON.stringify(warm)})`);
      t.app.get(Clock).travelTo(REGISTRATION);

      // Files that got in before this fix (the upload check only looked for ppt/presentation.xml): each application's
      // stored file is swapped for a bomb, as it sits in storage today.
      const storage = t.app.get(StorageService);
      const materials = dataSourceOf(t.app).getRepository(Material);
      const bombs: Array<{ what: string; kind: 'pdf' | 'ppt'; bytes: Buffer; expected: string }> = [
        { what: 'the issue’s PPTX: 40 slides × 16 MiB of one byte', kind: 'ppt', bytes: await pptxBombFixture(), expected: 'SIMILARITY_TOO_LARGE' },
        { what: 'a PPTX whose slides are one 16 MiB text run each', kind: 'ppt', bytes: await pptxBombFixture({ slides: 12, xml: true }), expected: 'SIMILARITY_TOO_LARGE' },
        { what: 'a PPTX whose headers declare a tenth of what its slides unpack to', kind: 'ppt', bytes: await pptxBombFixture({ slides: 12, xml: true, lie: true }), expected: 'SIMILARITY_TOO_LARGE' },
        { what: 'a PDF whose page content deflates from 128 KB to 128 MiB', kind: 'pdf', bytes: await pdfDeflateBombFixture(128 * MiB), expected: 'SIMILARITY_TOO_LARGE' },
      ];
      const targets: Array<{ what: string; applicationId: number; kind: 'pdf' | 'ppt'; expected: string; size: number }> = [];
      for (const [k, bomb] of bombs.entries()) {
        const draft = await submittedApplicationFactory(t.app, `炸弹${k}班组`, undefined, await ordinaryFiles());
        const received = await storage.receive(Readable.from([bomb.bytes]), { maxBytes: Number.MAX_SAFE_INTEGER });
        const stored = await received.commit();
        await materials.update({ applicationId: draft.applicationId, kind: bomb.kind }, { storageKey: stored.key, sha256: stored.sha256, size: stored.size });
        targets.push({ what: bomb.what, applicationId: draft.applicationId, kind: bomb.kind, expected: bomb.expected, size: bomb.bytes.length });
      }
      bombs.length = 0;
      t.app.get(Clock).travelTo(MATERIALS_REVIEW);

      const { result: run, before, peak, after } = await rssAround(runSimilarity);
      console.log(`[probe] 材料查重 over ${targets.length} bombs (${targets.map((x) => mb(x.size)).join(', ')} on disk), RSS before ${mb(before)}, peak ${mb(peak)} (+${mb(peak - before)}), after ${mb(after)}`);
      tally.check(run?.status === 'done', `the run finishes (${JSON.stringify(run)})`);
      tally.check(peak - before < RSS_BUDGET, `RSS stays within ${mb(RSS_BUDGET)} of its level before: before ${mb(before)}, peak ${mb(peak)}`);
      tally.check(after - before < RSS_BUDGET, `RSS comes back: before ${mb(before)}, after ${mb(after)}`);

      const docs = (await call<{ items: Doc[] }>(t.app, 'GET', '/api/v1/similarity/documents?status=uncheckable&pageSize=50', { token: secretariat })).body.items;
      for (const target of targets) {
        const doc = docs.find((d) => d.applicationId === target.applicationId && (target.kind === 'pdf' ? d.kind === 'pdf' : d.kind === 'ppt'));
        tally.check(
          !!doc && doc.status === 'uncheckable' && !!doc.reasonCode?.startsWith(target.expected) && !!doc.reason && /不能参与查重/.test(doc.reason),
          `${target.what}: listed as cannot be checked with its reason (${JSON.stringify(doc ?? null)})`,
        );
      }
    });
  }, 300_000);

  it('refuses compression bombs at upload with a clear code, and still takes real PowerPoint and PDF files', async () => {
    await probe('hostile files', async (tally) => {
      t.app.get(Clock).travelTo(REGISTRATION);
      const draft = await draftApplicationFactory(t.app, { teamName: '上传炸弹班组' });
      const upload = (kind: 'pdf' | 'ppt', name: string, bytes: Buffer) => uploadFile(t.app, draft.token, `/api/v1/applications/${draft.applicationId}/materials/${kind}`, name, bytes);
      const refused = async (what: string, kind: 'pdf' | 'ppt', name: string, bytes: Buffer) => {
        const { result: reply, before, peak } = await rssAround(() => upload(kind, name, bytes));
        tally.check(
          reply.status === 422 && reply.body.code === 'FILE_COMPRESSION_BOMB' && /压缩炸弹/.test(String(reply.body.message)),
          `${what}: 422 FILE_COMPRESSION_BOMB (${reply.status} ${JSON.stringify(reply.body).slice(0, 200)})`,
        );
        tally.check(peak - before < RSS_BUDGET, `${what}: RSS within ${mb(RSS_BUDGET)} (+${mb(peak - before)})`);
      };
      await refused('the issue’s 40 × 16 MiB PPTX', 'ppt', '发布材料.pptx', await pptxBombFixture());
      await refused('3,000 slides × 16 MiB (what the 50 MB limit allows)', 'ppt', '发布材料.pptx', await pptxBombFixture({ slides: 3000 }));
      await refused('a PPTX of 16 MiB text runs', 'ppt', '发布材料.pptx', await pptxBombFixture({ slides: 8, xml: true }));
      await refused('a PPTX whose headers declare a tenth of what its slides unpack to', 'ppt', '发布材料.pptx', await pptxBombFixture({ slides: 12, xml: true, lie: true }));
      const many: Record<string, string> = { '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p:presentation/>' };
      for (let k = 0; k < 12_000; k++) many[`ppt/media/x${k}.bin`] = '';
      await refused('a PPTX of 12,000 entries', 'ppt', '发布材料.pptx', zipFixture(many));
      await refused('a PDF whose page content deflates to 128 MiB', 'pdf', '申报材料.pdf', await pdfDeflateBombFixture(128 * MiB));
      await refused('a PDF whose page content deflates to 1 GiB', 'pdf', '申报材料.pdf', await pdfDeflateBombFixture(1024 * MiB));

      const accepted = async (what: string, kind: 'pdf' | 'ppt', name: string, bytes: Buffer) => {
        const reply = await upload(kind, name, bytes);
        tally.check(reply.status === 201, `${what}: accepted (${reply.status} ${JSON.stringify(reply.body).slice(0, 200)})`);
      };
      await accepted('a PowerPoint deck with pictures, layouts and a theme', 'ppt', '发布材料.pptx', realisticPptxFixture(['班组概况', '质量管理活动', '活动成效'], 6));
      await accepted('a 60-slide deck', 'ppt', '发布材料.pptx', realisticPptxFixture(Array.from({ length: 60 }, (_, k) => `第 ${k + 1} 页：开展样板引路和三检制度`), 2));
      await accepted('a deflated PPTX of long text slides', 'ppt', '发布材料.pptx', deflatedZipFixture({ 'ppt/presentation.xml': '<p:presentation/>', 'ppt/slides/slide1.xml': `<p:sld>${'<a:t>钢筋加工一班的质量管理活动</a:t>'.repeat(20_000)}</p:sld>` }));
      await accepted('a text PDF of 30 pages', 'pdf', '申报材料.pdf', await textPdfFixture(Array.from({ length: 30 }, (_, k) => `第 ${k + 1} 页 本班组开展质量管理活动，一次验收合格率百分之百。`)));
    });
  }, 180_000);

  it('refuses an .xlsx bomb at the expert import with a 4xx, without the server’s memory', async () => {
    await probe('hostile files', async (tally) => {
      for (const [what, bytes] of [
        ['200,000 identical rows packed into a few hundred KB', await xlsxBombFixture(200_000)],
        ['1,000,000 identical rows', await xlsxBombFixture(1_000_000)],
        ['200,000 rows in a sheet whose headers declare a tenth of its size', await xlsxBombFixture(200_000, true)],
      ] as const) {
        const { payload, headers } = multipartBody([{ name: 'file', filename: '专家库.xlsx', content: bytes }]);
        const { result: reply, before, peak } = await rssAround(() =>
          t.app.inject({ method: 'POST', url: '/api/v1/experts/import', payload, headers: { ...headers, authorization: `Bearer ${secretariat}` } }),
        );
        const body = JSON.parse(reply.body) as { code?: string; message?: string };
        console.log(`[probe] expert import of ${what} (${mb(bytes.length)}): ${reply.statusCode} ${body.code}, RSS before ${mb(before)}, peak ${mb(peak)} (+${mb(peak - before)})`);
        tally.check(reply.statusCode === 422 && body.code === 'FILE_COMPRESSION_BOMB' && !!body.message, `${what}: 422 FILE_COMPRESSION_BOMB (${reply.statusCode} ${reply.body.slice(0, 200)})`);
        tally.check(peak - before < RSS_BUDGET, `${what}: RSS within ${mb(RSS_BUDGET)} (+${mb(peak - before)})`);
      }
    });
  }, 180_000);

  it('sends every uploaded file as an attachment, nosniff, under a sandboxing CSP', async () => {
    await probe('file responses', async (tally) => {
      t.app.get(Clock).travelTo(REGISTRATION);
      const links: Array<{ what: string; url: string; mime: RegExp; name?: string }> = [];
      const draft = await draftApplicationFactory(t.app, { teamName: '附件班组' });
      const material = async (what: string, kind: 'pdf' | 'ppt', name: string, bytes: Buffer, mime: RegExp) => {
        const reply = await uploadFile(t.app, draft.token, `/api/v1/applications/${draft.applicationId}/materials/${kind}`, name, bytes);
        tally.check(reply.status === 201, `${what}: stored (${reply.status} ${JSON.stringify(reply.body).slice(0, 160)})`);
        if (reply.status === 201) links.push({ what, url: String(reply.body.url), mime, name });
      };
      await material('a PDF with an OpenAction script and HTML after %%EOF', 'pdf', '申报材料.pdf', await openActionPdfFixture(), /^application\/pdf$/);
      await material('a PDF that is also a ZIP holding HTML', 'pdf', '申报材料 (终稿).pdf', await pdfZipPolyglotFixture(), /^application\/pdf$/);
      await material('a PDF that is also an HTML page', 'pdf', '<script>.pdf', await pdfHtmlPolyglotFixture(), /^application\/pdf$/);
      await material('a PPTX', 'ppt', '发布材料.pptx', realisticPptxFixture(['班组概况'], 1, 1024), /presentationml/);
      // The materials list hands out the same kind of link, for the current versions.
      const listed = await call<Array<{ url: string }> | { items: Array<{ url: string }> }>(t.app, 'GET', `/api/v1/applications/${draft.applicationId}/materials`, { token: draft.token });
      const listedItems = Array.isArray(listed.body) ? listed.body : (listed.body.items ?? []);
      for (const item of listedItems) links.push({ what: 'a link from the materials list', url: item.url, mime: /./ });

      // A photo of an activity record that is also an HTML page.
      const record = (await activityRecordFactory(t.app, draft.token, draft.teamId)) as { id: number };
      for (const [what, content] of [
        ['a PNG that is also HTML', PNG_HTML_POLYGLOT],
        ['a plain PNG', PNG_1x1],
      ] as const) {
        const { payload, headers } = multipartBody([
          { name: 'photoKey', value: `probe-${what.length}-${Math.random().toString(36).slice(2, 8)}` },
          { name: 'photo', filename: 'p.png', content, contentType: 'image/png' },
        ]);
        const r = await t.app.inject({ method: 'POST', url: `/api/v1/teams/${draft.teamId}/activity-records/${record.id}/photos`, payload, headers: { ...headers, authorization: `Bearer ${draft.token}` } });
        tally.check(r.statusCode === 201, `${what}: stored as a photo (${r.statusCode} ${r.body.slice(0, 160)})`);
      }
      const detail = await call<{ photos: Array<{ url: string }> }>(t.app, 'GET', `/api/v1/teams/${draft.teamId}/activity-records/${record.id}`, { token: draft.token });
      for (const photo of detail.body.photos ?? []) links.push({ what: 'an activity-record photo', url: photo.url, mime: /^image\/png$/ });

      // A unit package letter (recommending unit) that is a polyglot.
      const units = (await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items;
      const contact = await contactFactory(t.app, units.at(-1)!.id);
      const letter = await uploadFile(t.app, contact.token, '/api/v1/recommendation/package/letter', '推荐函.pdf', await openActionPdfFixture());
      tally.check(letter.status === 201, `a unit-package letter with an OpenAction script: stored (${letter.status})`);
      if (letter.status === 201) links.push({ what: 'a unit-package letter', url: String((letter.body.letter as { url?: string } | undefined)?.url), mime: /^application\/pdf$/, name: '推荐函.pdf' });

      // Misconduct evidence on a submitted application.
      const submitted = await submittedApplicationFactory(t.app, '证据班组', units[0]!.id);
      const opened = await call<{ id: number }>(t.app, 'POST', '/api/v1/misconduct-cases', {
        token: secretariat,
        json: { applicationId: submitted.applicationId, kind: 'plagiarism', description: '申报材料与他人成果雷同' },
      });
      tally.check(opened.status === 201, `a misconduct case is opened (${opened.status})`);
      for (const [name, content] of [
        ['比对报告.pdf', await pdfHtmlPolyglotFixture()],
        ['现场照片.png', PNG_HTML_POLYGLOT],
      ] as const) {
        const evidence = await uploadFile(t.app, secretariat, `/api/v1/misconduct-cases/${opened.body.id}/evidence`, name, content);
        tally.check(evidence.status === 201, `evidence ${name}: stored (${evidence.status})`);
      }
      const caseDetail = await call<{ evidence: Array<{ url: string; fileName: string }> }>(t.app, 'GET', `/api/v1/misconduct-cases/${opened.body.id}`, { token: secretariat });
      for (const e of caseDetail.body.evidence ?? []) links.push({ what: `misconduct evidence ${e.fileName}`, url: e.url, mime: /^(application\/pdf|image\/png)$/, name: e.fileName });

      // A stored object under a type a browser would render as a page (say an old row's): sent as opaque bytes.
      const storage = t.app.get(StorageService);
      const stored = await (await storage.receive(Readable.from([Buffer.from('<html><script>alert(1)</script></html>')]), { maxBytes: 1024 })).commit();
      for (const mime of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml', 'application/javascript', 'text/html; charset=utf-8']) {
        links.push({ what: `a stored file signed as ${mime}`, url: storage.signedUrl(stored.key, { mime, filename: 'x.html' }), mime: /^application\/octet-stream$/ });
      }

      tally.check(links.length >= 14, `links to check: ${links.length}`);
      for (const link of links) checkFileResponse(tally, link, await t.app.inject({ method: 'GET', url: link.url }));
    });
  }, 180_000);
});

function checkFileResponse(tally: ProbeTally, link: { what: string; mime: RegExp; name?: string }, reply: { statusCode: number; headers: Record<string, unknown> }): void {
  const h = (name: string) => String(reply.headers[name] ?? '');
  tally.check(reply.statusCode === 200, `${link.what}: 200 (${reply.statusCode})`);
  tally.check(/^attachment(;|$)/.test(h('content-disposition')), `${link.what}: Content-Disposition attachment (${h('content-disposition')})`);
  if (link.name) {
    const encoded = encodeURIComponent(link.name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    tally.check(h('content-disposition').includes(`filename*=UTF-8''${encoded}`), `${link.what}: RFC 6266 filename* (${h('content-disposition')})`);
    tally.check(!/[\r\n]/.test(h('content-disposition')), `${link.what}: no line break in the header`);
  }
  tally.check(h('x-content-type-options') === 'nosniff', `${link.what}: nosniff (${h('x-content-type-options')})`);
  const csp = h('content-security-policy');
  tally.check(/(^|;)\s*sandbox\s*(;|$)/.test(csp) && /default-src 'none'/.test(csp) && !/script-src/.test(csp), `${link.what}: sandboxing CSP (${csp})`);
  const renderable = /^(text\/|application\/(xhtml\+xml|xml|javascript|ecmascript)|image\/svg)|html/i;
  tally.check(link.mime.test(h('content-type')) && !renderable.test(h('content-type')), `${link.what}: content type ${h('content-type')}`);
}
