import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ERROR_MESSAGES } from '@cacem/shared';
import fc from 'fast-check';
import { answerOrHang, dedupeLines, HANG_SECONDS, RUNS, SEED } from './support/fuzz-report.js';
import { decodedBody, type H5Fixture, h5Fixture, OUTSIDE_MARKER, servedContents, sha256, startStaticTestApp, staticCase, swaggerAssetsDir } from './support/fuzz-static.js';
import { TEST_DB, type TestApp } from './support/test-app.js';

/*
 * Property-based fuzzing of the static files the server serves (the H5 build and Swagger UI), beside a secret file, a
 * look-alike folder and a dotfile: hostile paths, encodings, methods and headers never answer a file from outside the
 * served folders, a listing or a 5xx (the API's routes are fuzzed in fuzz.spec.ts).
 */

describe(`fuzzing the static files (H5, Swagger UI) on ${TEST_DB}`, () => {
  let h5: H5Fixture;
  let t: TestApp;

  beforeAll(async () => {
    h5 = h5Fixture();
    t = await startStaticTestApp(h5);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    h5?.remove();
  });

  it('answers hostile paths, encodings, methods and headers with a file from inside the served folders or a refusal, never a listing or a 5xx', async () => {
    const get = (url: string) => t.app.inject({ method: 'GET', url });
    // The control: static serving is on, each of the site's files answers as itself, and so does Swagger UI.
    for (const file of h5.files) expect([file, (await get(file)).statusCode]).toEqual([file, 200]);
    // The generated documents (Swagger UI's page and init script, the OpenAPI document) are answers too.
    const generated = ['/api/docs', '/api/docs/', '/api/docs/swagger-ui-init.js', '/api/docs-json', '/api/docs-yaml', '/'];
    const served = servedContents([h5.site, swaggerAssetsDir()]);
    const allowed = served.hashes;
    for (const url of generated) {
      const reply = await get(url);
      expect([url, reply.statusCode]).toEqual([url, 200]);
      allowed.add(sha256(reply.rawPayload));
    }
    expect((await get('/api/docs/swagger-ui.css')).statusCode).toBe(200);

    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(staticCase([...h5.files, '/', '/api/docs', '/api/docs/', '/api/docs/swagger-ui.css', '/api/docs/swagger-ui-bundle.js', '/api/docs/favicon-32x32.png', '/api/docs/swagger-ui-init.js', '/api/docs-json']), async (c) => {
        cases++;
        const reply = await answerOrHang(t.app.inject({ method: c.method as 'GET', url: c.path, headers: c.headers }));
        const request = `${c.method} ${c.path.slice(0, 200)} ${JSON.stringify(c.headers).slice(0, 200)}`;
        if (reply === 'no answer') return void problems.push(`no answer within ${HANG_SECONDS} s: ${request}`);
        statuses.set(reply.statusCode, (statuses.get(reply.statusCode) ?? 0) + 1);
        if (reply.statusCode >= 500) return void problems.push(`${reply.statusCode} ${reply.body.slice(0, 200)}: ${request}`);
        const encoding = reply.headers['content-encoding'] as string | undefined;
        const body = decodedBody(reply.rawPayload, encoding);
        if (body.includes(OUTSIDE_MARKER) || body.includes('root:x:0:0')) return void problems.push(`${reply.statusCode} a file from outside the served folders: ${request}`);
        if (reply.statusCode >= 400) {
          // Refusals speak the API's error shape (a known code, a Chinese message), whatever the path.
          let error: Record<string, unknown> = {};
          try {
            error = JSON.parse(body.toString()) as Record<string, unknown>;
          } catch {
            // reported below
          }
          if (c.method !== 'HEAD' && (error.statusCode !== reply.statusCode || typeof error.code !== 'string' || !(error.code in ERROR_MESSAGES) || !/[\u4e00-\u9fff]/.test(String(error.message)))) {
            problems.push(`${reply.statusCode} without the API's error shape: ${body.toString().slice(0, 160)}: ${request}`);
          }
          return;
        }
        if (body.length === 0) return; // HEAD, OPTIONS, 304
        const isApi = c.path.startsWith('/api/v1/') && String(reply.headers['content-type']).startsWith('application/json');
        if (reply.statusCode === 206) {
          // A range: a slice of a served file. (Several ranges would come as multipart/byteranges; none is cut here.)
          if (!served.files.some((file) => file.includes(body))) problems.push(`206 a range of no served file: ${body.toString().slice(0, 160)}: ${request}`);
          return;
        }
        // Anything else that succeeds is a whole served file or a generated document: not a listing, not an outside file.
        if (!isApi && !allowed.has(sha256(body))) problems.push(`${reply.statusCode} an answer that is no served file (a listing?): ${body.toString().slice(0, 160)}: ${request}`);
      }),
      { seed: SEED, numRuns: RUNS * 10 },
    );
    console.log(`fuzz (static): ${cases} cases; answers by status: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    expect(dedupeLines(problems)).toEqual([]);
  }, 300_000);
});
