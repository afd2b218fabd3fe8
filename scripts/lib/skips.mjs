// The one place a test may be skipped: test/skips.json lists each skipped test (its file and full name) with the reason.
// `npm test` reports every skipped test and fails on any that is not listed, so a skip is never silent.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './workspace.mjs';

export const SKIPS_FILE = join(ROOT, 'test/skips.json');

/** The listed skips: [{ file, name, reason }]. Every entry must give a reason. */
export function listedSkips(path = SKIPS_FILE) {
  const list = JSON.parse(readFileSync(path, 'utf8')).skips;
  if (!Array.isArray(list)) throw new Error(`${path}: "skips" must be a list`);
  for (const entry of list) {
    if (typeof entry.file !== 'string' || typeof entry.name !== 'string' || typeof entry.reason !== 'string' || entry.reason.trim().length < 10) {
      throw new Error(`${path}: every skip names its file, its test and a reason (${JSON.stringify(entry)})`);
    }
  }
  return list;
}

/** The skipped tests ({ file, name }) that the list does not name. */
export function unlistedSkips(skipped, listed = listedSkips()) {
  return skipped.filter((s) => !listed.some((l) => l.file === s.file && l.name === s.name));
}

const NOT_RUN = new Set(['pending', 'todo', 'skipped', 'disabled']);

/** The tests a Jest `--json` report says were not run (it.skip, it.todo, describe.skip, …), as { suite, file, name }. */
export function skippedTests(report, suite, root = ROOT) {
  const out = [];
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) if (NOT_RUN.has(t.status)) out.push({ suite, file: relative(root, file.name), name: t.fullName });
  }
  return out;
}
