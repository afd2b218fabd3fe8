import { join } from 'node:path';
import { byRoute } from './season-http.mjs';
import { cpuSeconds, sizeOf } from './season-env.mjs';

// season.bench.mjs's stopwatch and report: each stage timed as it runs, then the table of stages, the sizes, the
// slowest endpoints, and the rows the bench returns to test/perf/run.mjs.

const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (bytes) => `${fmt(bytes / 1024 / 1024, 1)} MB`;

/**
 * The season's stopwatch: `stage(label, body)` runs one stage and logs its wall time, requests, errors, and the CPU the
 * server and the database used meanwhile; `stages` keeps each stage's figures for the report.
 */
export function createStageTimer({ http, server, db, log }) {
  const stages = [];
  const stage = async (label, body) => {
    http.setStage(label);
    const before = { calls: http.calls.length, errors: http.errors.length, retries: http.retries.length, server: cpuSeconds(server.pid), db: db.pid ? cpuSeconds(db.pid) : null };
    const t0 = performance.now();
    let note = '';
    try {
      note = (await body()) ?? '';
    } finally {
      const seconds = (performance.now() - t0) / 1000;
      const requests = http.calls.length - before.calls;
      const errors = http.errors.length - before.errors;
      const serverCpu = before.server === null ? null : cpuSeconds(server.pid) - before.server;
      const dbCpu = before.db === null ? null : cpuSeconds(db.pid) - before.db;
      const retried = http.retries.length - before.retries;
      if (retried) note += `${note ? '; ' : ''}${retried} sent again after 409 TRY_AGAIN / 503`;
      const longest = http.calls.slice(before.calls).reduce((a, c) => (a && a.ms >= c.ms ? a : c), null);
      if (longest) note += `${note ? '; ' : ''}longest ${longest.route} ${fmt(longest.ms / 1000)} s`;
      stages.push({ label, seconds, requests, errors, serverCpu, dbCpu, note });
      log(
        `${label.padEnd(34)} ${fmt(seconds).padStart(8)} s  ${String(requests).padStart(7)} req  ${fmt(requests / seconds).padStart(7)} req/s  ${errors} errors` +
          `${serverCpu === null ? '' : `  cpu server ${fmt(serverCpu)} s`}${dbCpu === null ? '' : ` db ${fmt(dbCpu)} s`}${note ? `  ${note}` : ''}`,
      );
      for (const e of http.errors.slice(before.errors, before.errors + 5)) log(`   ✗ ${e.method} ${e.path} → ${e.status}: ${e.body}`);
      if (errors > 5) log(`   … and ${errors - 5} more`);
    }
  };
  return { stage, stages };
}

/** Logs the totals, sizes and slow endpoints of the season so far and returns its rows (`failure`: the error that stopped it). */
export async function reportSeason({ http, server, db, log, stages, failure, teams }) {
  // Totals, sizes, slow endpoints.
  const rows = [];
  const total = stages.reduce((s, x) => ({ seconds: s.seconds + x.seconds, requests: s.requests + x.requests, errors: s.errors + x.errors }), { seconds: 0, requests: 0, errors: 0 });
  const dbSize = await db.size(server.dataDir);
  const storage = sizeOf(join(server.dataDir, 'files'));
  log('');
  log(`${'stage'.padEnd(36)} ${'s'.padStart(8)} ${'requests'.padStart(9)} ${'req/s'.padStart(8)} ${'errors'.padStart(7)} ${'cpu srv s'.padStart(10)} ${'cpu db s'.padStart(9)}`);
  for (const s of [...stages, { label: 'total', ...total, serverCpu: null, dbCpu: null }]) {
    log(
      `${s.label.padEnd(36)} ${fmt(s.seconds).padStart(8)} ${String(s.requests).padStart(9)} ${fmt(s.requests / s.seconds).padStart(8)} ${String(s.errors).padStart(7)} ${(s.serverCpu === null ? '' : fmt(s.serverCpu)).padStart(10)} ${(s.dbCpu === null ? '' : fmt(s.dbCpu)).padStart(9)}`,
    );
  }
  log(`database: ${mb(dbSize.bytes)} (${dbSize.note})${dbSize.onDisk ? `, ${mb(dbSize.onDisk)} on disk` : ''}; storage (files/): ${mb(storage)}`);
  log('slowest endpoints by total time in flight:');
  for (const r of byRoute(http.calls).slice(0, 8)) {
    log(`  ${r.route.padEnd(52)} ${String(r.count).padStart(6)} calls  total ${fmt(r.totalS).padStart(7)} s  mean ${fmt(r.meanMs, 0).padStart(6)} ms  p95 ${fmt(r.p95Ms, 0).padStart(6)} ms  max ${fmt(r.maxMs, 0).padStart(6)} ms`);
  }
  if (http.retries.length) {
    log(`sent again (${http.retries.length}), as the mini-program does after a lock conflict or a 503:`);
    for (const r of http.retries.slice(0, 10)) log(`  [${r.stage}] ${r.method} ${r.path} → ${r.status}`);
  }
  if (http.errors.length) {
    log(`errors (${http.errors.length}):`);
    for (const e of http.errors.slice(0, 20)) log(`  [${e.stage}] ${e.method} ${e.path} → ${e.status}: ${e.body}`);
  }

  const scale = `${teams} teams`;
  for (const s of stages) {
    rows.push({ case: `${scale}: ${s.label}`, metric: 'wall time', value: Number(s.seconds.toFixed(1)), unit: 's' });
    rows.push({ case: `${scale}: ${s.label}`, metric: 'requests/s', value: Number((s.requests / s.seconds).toFixed(1)), unit: 'req/s' });
  }
  rows.push({ case: `${scale}: whole season`, metric: 'wall time', value: Number(total.seconds.toFixed(1)), unit: 's' });
  rows.push({ case: `${scale}: whole season`, metric: 'requests', value: total.requests, unit: '' });
  rows.push({ case: `${scale}: whole season`, metric: 'errors (4xx/5xx)', value: total.errors, unit: '', target: '0', ok: total.errors === 0 });
  rows.push({ case: `${scale}: whole season`, metric: 'sent again (409 TRY_AGAIN / 503)', value: http.retries.length, unit: '' });
  rows.push({ case: `${scale}: database (${db.kind})`, metric: 'size', value: Number((dbSize.bytes / 1024 / 1024).toFixed(1)), unit: 'MB' });
  rows.push({ case: `${scale}: storage`, metric: 'size', value: Number((storage / 1024 / 1024).toFixed(1)), unit: 'MB' });
  for (const r of byRoute(http.calls).slice(0, 5)) rows.push({ case: `${scale}: slow endpoint ${r.route}`, metric: 'total in flight', value: Number(r.totalS.toFixed(1)), unit: 's' });
  if (failure) rows.push({ case: `${scale}: season stopped at “${stages.at(-1)?.label ?? 'start'}”`, metric: 'completed', value: 'no', unit: '', target: 'yes', ok: false });
  return rows;
}
