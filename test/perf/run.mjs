// `npm run bench`: every benchmark of the platform, in one run. Each bench under ./benches/ is a module exporting
//   name: string, what: string, and run({ log }): Promise<Row[]>
// where a Row is { bench, case, metric, value, unit, target?, ok? } — one measured figure, with the target it is held
// against (e.g. '≥ 50 %', '< 300 MB') and whether it met it. The rows of all benches are printed as ONE table and written
// to test/perf/out/results.json. Nothing here asserts: these machines are shared and noisy; the figures are for people.
//   node test/perf/run.mjs               all benches
//   node test/perf/run.mjs api upload    only those whose name is given
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const HERE = import.meta.dirname;
const OUT = join(HERE, 'out');
const only = new Set(process.argv.slice(2));

const modules = readdirSync(join(HERE, 'benches'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();

const results = [];
const failures = [];
const started = Date.now();
for (const file of modules) {
  const bench = await import(pathToFileURL(join(HERE, 'benches', file)).href);
  if (only.size && !only.has(bench.name)) continue;
  console.log(`\n━━ ${bench.name}: ${bench.what}`);
  const t0 = Date.now();
  try {
    const rows = await bench.run({ log: (...args) => console.log('  ', ...args) });
    for (const row of rows) results.push({ bench: bench.name, ...row });
    console.log(`   (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  } catch (error) {
    failures.push({ bench: bench.name, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    console.error(`   ${bench.name} failed:`, error);
  }
}

const format = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 2 })) : String(v ?? ''));
const header = ['bench', 'case', 'metric', 'value', 'unit', 'target', 'met'];
const table = results.map((r) => [r.bench, r.case, r.metric, format(r.value), r.unit ?? '', r.target ?? '', r.ok === undefined ? '' : r.ok ? 'yes' : 'NO']);
const widths = header.map((h, i) => Math.max([...h].length, ...table.map((row) => [...String(row[i])].length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] + (String(c).length - [...String(c)].length))).join(' │ ');
console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}`);
for (const row of table) console.log(line(row));

mkdirSync(OUT, { recursive: true });
const report = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, memoryBytes: totalmem(), node: process.version },
  seconds: Math.round((Date.now() - started) / 1000),
  results,
  failures,
};
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${results.length} figures from ${new Set(results.map((r) => r.bench)).size} benches → test/perf/out/results.json${failures.length ? `; ${failures.length} bench(es) failed` : ''}`);
process.exit(failures.length ? 1 : 0);
