// Deadline rush: UPLOADS declarants upload a 20 MB .pptx each, all at once, to the real server (SQLite, the default
// embedded database; local file storage in its data folder). Figures: uploads ok/failed, wall time, MB/s, the server's
// peak RSS, and the machine's raw disk write speed measured in the same run, in the same folder, for the same bytes.
//
// How: the built server (BENCH_SERVER_DIST or server/dist) is started as a child (its pid known) as `npm start` starts
// it: with the malloc settings of scripts/lib/server-memory.mjs, and its own UPLOAD_CONCURRENCY (32 read at once, the
// rest waiting unread; the environment may set another); UPLOADS declarants
// register, log in with their cards and fill in their applications through the API. Each then POSTs
// /applications/:id/materials/ppt as multipart/form-data over node:http, the body streamed in 64 KiB chunks (never whole
// in memory); every deck is a valid .pptx (a stored zip with [Content_Types].xml and ppt/presentation.xml) padded to
// 20 MB by a stored ppt/media/ video — one padding Buffer shared by all, and a presentation.xml of their own, so no two
// files are alike (storage is content-addressed: identical files would be stored once). RSS: /proc/<pid>/status VmRSS
// polled every 50 ms, and VmHWM (the kernel's high-water mark) at the end.
// Raw disk: afterwards the same number of files of the same size are written at once into the same data folder with
// fs write streams in the same chunks, each fsynced and closed, as the server's local store does (sync, then rename).
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { seedDeclarants, startServer } from '../lib/api-server.mjs';
import { pptxParts } from '../lib/upload-fixtures.mjs';

export const name = 'upload';
export const what = 'deadline rush: 200 concurrent 20 MB .pptx uploads to the server (SQLite, local storage) — peak RSS, MB/s vs raw disk';

const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 200);
const SIZE = 20 * 1024 * 1024;
const CHUNK = 64 * 1024;
const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const MB = 1024 * 1024;

/** Each buffer of `parts` in CHUNK-sized views (no copies). */
function* chunks(parts) {
  for (const part of parts) for (let at = 0; at < part.length; at += CHUNK) yield part.subarray(at, Math.min(at + CHUNK, part.length));
}

/** kB figure of one line of /proc/<pid>/status, in bytes. */
function statusBytes(pid, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

/** One multipart upload, streamed with backpressure; resolves to the status and body. */
function uploadOne(url, token, applicationId, i) {
  const boundary = `----cacem-perf-${i}-${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ppt-${i}.pptx"\r\nContent-Type: ${PPTX_MIME}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const parts = [head, ...pptxParts(`成果发布 第${i + 1}号`, SIZE), tail];
  const length = parts.reduce((n, p) => n + p.length, 0);
  return new Promise((resolve) => {
    const request = http.request(
      `${url}/api/v1/applications/${applicationId}/materials/ppt`,
      { method: 'POST', agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': length } },
      (response) => {
        let body = '';
        response.on('data', (d) => (body += d));
        response.on('end', () => resolve({ status: response.statusCode, body }));
        response.on('error', (error) => resolve({ status: 0, body: error.message }));
      },
    );
    request.on('error', (error) => resolve({ status: 0, body: error.message }));
    const source = chunks(parts);
    const pump = () => {
      for (let next = source.next(); !next.done; next = source.next()) {
        if (!request.write(next.value)) return void request.once('drain', pump);
      }
      request.end();
    };
    pump();
  });
}

/** Writes `count` files of `bytes` at once into `dir` in CHUNK writes, fsyncs and closes each; returns seconds. */
async function rawDisk(dir, count, bytes) {
  await mkdir(dir, { recursive: true });
  const data = Buffer.alloc(bytes, 0x5a);
  for (let i = 0; i < data.length; i += 4096) data.writeUInt32LE((i ^ 0x9e3779b9) >>> 0, i);
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const path = join(dir, `raw-${i}`);
      const stream = createWriteStream(path, { flags: 'wx' });
      for (const piece of chunks([data])) if (!stream.write(piece)) await new Promise((r) => stream.once('drain', r));
      await new Promise((resolve, reject) => stream.end((error) => (error ? reject(error) : resolve())));
      const handle = await open(path, 'r+');
      await handle.sync();
      await handle.close();
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await rm(dir, { recursive: true, force: true });
  return seconds;
}

export async function run({ log }) {
  const server = await startServer();
  try {
    let t0 = Date.now();
    const declarants = await seedDeclarants(server.url, UPLOADS, { tag: 'u' });
    log(`${UPLOADS} declarants with applications through the API in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    // The high-water mark counts from now: registering (argon2 hashes at 64 MB each) is not what is measured here.
    let hwmReset = true;
    try {
      writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
    } catch {
      hwmReset = false;
    }
    const rssBefore = statusBytes(server.pid, 'VmRSS');
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      try {
        rssPeak = Math.max(rssPeak, statusBytes(server.pid, 'VmRSS'));
      } catch {
        // the server went away: the uploads will say so
      }
    }, 50);
    t0 = Date.now();
    const results = await Promise.all(declarants.map((d, i) => uploadOne(server.url, d.token, d.applicationId, i)));
    const wall = (Date.now() - t0) / 1000;
    clearInterval(sampler);
    const hwm = statusBytes(server.pid, 'VmHWM');
    const ok = results.filter((r) => r.status === 201 || r.status === 200).length;
    const failed = results.filter((r) => !(r.status === 201 || r.status === 200));
    for (const f of failed.slice(0, 5)) log(`failed: ${f.status} ${f.body.slice(0, 200)}`);
    const totalMb = (UPLOADS * SIZE) / MB;
    const mbps = (ok * SIZE) / MB / wall;
    log(`uploads: ${ok} ok, ${failed.length} failed in ${wall.toFixed(1)} s → ${mbps.toFixed(0)} MB/s; RSS before ${(rssBefore / MB).toFixed(0)} MB, polled peak ${(rssPeak / MB).toFixed(0)} MB, VmHWM ${(hwm / MB).toFixed(0)} MB${hwmReset ? ' (reset before the rush)' : ' (since start: not resettable here)'}`);
    const diskSeconds = await rawDisk(join(server.dataDir, 'raw-disk-bench'), UPLOADS, SIZE);
    const diskMbps = totalMb / diskSeconds;
    log(`raw disk: ${UPLOADS} × 20 MB written at once with fsync in ${diskSeconds.toFixed(1)} s → ${diskMbps.toFixed(0)} MB/s`);
    const ratio = (mbps / diskMbps) * 100;
    // VmHWM when it could be reset before the rush (it then covers the rush exactly), else the polled peak.
    const peak = (hwmReset ? Math.max(hwm, rssPeak) : rssPeak) / MB;
    return [
      { case: `${UPLOADS} × 20 MB pptx`, metric: 'uploads ok', value: ok, unit: '' },
      { case: `${UPLOADS} × 20 MB pptx`, metric: 'uploads failed', value: failed.length, unit: '', target: '0', ok: failed.length === 0 },
      { case: `${UPLOADS} × 20 MB pptx`, metric: 'wall time', value: Number(wall.toFixed(1)), unit: 's' },
      { case: `${UPLOADS} × 20 MB pptx`, metric: 'server throughput', value: Number(mbps.toFixed(1)), unit: 'MB/s' },
      { case: `${UPLOADS} × 20 MB pptx`, metric: 'raw disk (fsync)', value: Number(diskMbps.toFixed(1)), unit: 'MB/s' },
      { case: `${UPLOADS} × 20 MB pptx`, metric: 'server / raw disk', value: Number(ratio.toFixed(1)), unit: '%', target: '≥ 60 %', ok: ratio >= 60 },
      { case: `${UPLOADS} × 20 MB pptx`, metric: 'server RSS before', value: Math.round(rssBefore / MB), unit: 'MB' },
      { case: `${UPLOADS} × 20 MB pptx`, metric: 'server peak RSS', value: Math.round(peak), unit: 'MB', target: '< 300 MB', ok: peak < 300 },
    ];
  } finally {
    await server.stop();
  }
}
