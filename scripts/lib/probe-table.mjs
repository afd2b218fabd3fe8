// The probe suite's table: what server/test/probe/probe-tally.ts appended (one JSON line per probe test), summed by
// kind and database. Printed by `npm test` before its summary, and by itself with `node scripts/lib/probe-table.mjs`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function readProbeRows(dir) {
  if (!existsSync(dir)) return [];
  const byKind = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(line);
      const row = byKind.get(r.kind) ?? { kind: r.kind, sqlite: 0, mariadb: 0, failed: 0, failures: [] };
      row[r.db] = (row[r.db] ?? 0) + r.cases;
      row.failed += r.failed;
      row.failures.push(...r.failures.map((f) => `[${r.db}] ${f}`));
      byKind.set(r.kind, row);
    }
  }
  return [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

export function printProbeTable(dir, log = console.log) {
  const rows = readProbeRows(dir);
  log(`\n━━ 攻击探测 probe suite ${'━'.repeat(40)}`);
  if (rows.length === 0) {
    log('the probe suite recorded no cases (it did not run)');
    return;
  }
  const width = Math.max(...rows.map((r) => r.kind.length), 4);
  log(`${'kind'.padEnd(width)}  ${'SQLite'.padStart(7)}  ${'MariaDB'.padStart(7)}  ${'failed'.padStart(6)}`);
  for (const r of rows) log(`${r.kind.padEnd(width)}  ${String(r.sqlite).padStart(7)}  ${String(r.mariadb).padStart(7)}  ${String(r.failed).padStart(6)}`);
  const total = rows.reduce((s, r) => ({ sqlite: s.sqlite + r.sqlite, mariadb: s.mariadb + r.mariadb, failed: s.failed + r.failed }), { sqlite: 0, mariadb: 0, failed: 0 });
  log(`${'total'.padEnd(width)}  ${String(total.sqlite).padStart(7)}  ${String(total.mariadb).padStart(7)}  ${String(total.failed).padStart(6)}`);
  for (const r of rows) for (const f of r.failures.slice(0, 10)) log(`  ✘ ${r.kind}: ${f}`);
}

if (import.meta.url === `file://${process.argv[1]}`) printProbeTable(resolve(process.argv[2] ?? join(import.meta.dirname, '../../test/artifacts/probe')));
