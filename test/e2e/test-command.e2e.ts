import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { listedSkips, skippedTests, SKIPS_FILE, unlistedSkips } from '../../scripts/lib/skips.mjs';
import { ROOT } from './support/server.js';

/**
 * `npm test` reports skipped tests and fails on any not listed with a reason in test/skips.json. Checked here on a real
 * Jest run (the same binary and `--json` report the test command reads) of a file that skips in each way Jest allows.
 */
describe('the test command never skips in silence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-skips-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const runJest = () => {
    writeFileSync(
      join(dir, 'sample.check.cjs'),
      [
        "it('runs', () => expect(1).toBe(1));",
        "it.skip('is skipped by it.skip', () => expect(1).toBe(2));",
        "it.todo('is only a todo');",
        "describe.skip('a skipped group', () => { it('inside it', () => expect(1).toBe(2)); });",
        "(process.env.NOPE ? it : it.skip)('is skipped by a condition', () => expect(1).toBe(2));",
      ].join('\n'),
    );
    const report = join(dir, 'report.json');
    const config = JSON.stringify({ rootDir: dir, testMatch: ['**/*.check.cjs'], transform: {} });
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', config, '--json', `--outputFile=${report}`], { cwd: dir, encoding: 'utf8' });
    return { code: run.status, report: JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number } };
  };

  it('finds every skipped and todo test in the report, and flags each one the list does not name', () => {
    const { code, report } = runJest();
    expect(code).toBe(0); // Jest itself calls a run with skips a success: that is why the test command must look
    expect(report.numPassedTests).toBe(1);
    const skipped = skippedTests(report, 'sample', dir);
    expect(skipped.map((s) => s.name).sort()).toEqual(['a skipped group inside it', 'is only a todo', 'is skipped by a condition', 'is skipped by it.skip']);
    expect(skipped.every((s) => s.file === 'sample.check.cjs')).toBe(true);
    expect(unlistedSkips(skipped, [])).toEqual(skipped);
    const listed = [{ file: 'sample.check.cjs', name: 'is only a todo', reason: 'a reason long enough to read' }];
    expect(unlistedSkips(skipped, listed).map((s) => s.name)).not.toContain('is only a todo');
    expect(unlistedSkips(skipped, listed)).toHaveLength(3);
  });

  it('keeps the repository list well formed: every entry names a file, a test and a reason', () => {
    const list = listedSkips(SKIPS_FILE);
    for (const entry of list) expect(entry.reason.length).toBeGreaterThanOrEqual(10);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ skips: [{ file: 'a.ts', name: 'x' }] }));
    expect(() => listedSkips(bad)).toThrow(/reason/);
  });
});
