// The probe suite's bookkeeping: each probe test counts the cases it tried and the ones that failed, by kind, and
// appends them to a file under PROBE_OUT (test/artifacts/probe by default). `npm test` reads those files after the
// server's runs and prints one table — cases tried, by kind and database, and failures — so a probe that silently
// tried nothing is as visible as one that failed.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from '@jest/globals';
import { TEST_DB } from '../support/test-app.js';

/** What a probe case attacks; the table's rows. */
export type ProbeKind =
  | 'route × principal (authorization)'
  | "others' ids vs made-up ids"
  | 'hostile files'
  | 'file responses'
  | 'forwarded-address spoofing'
  | 'slow and oversized bodies'
  | 'blind review'
  | 'expert removal after results'
  | 'session tokens'
  | 'deceptive characters'
  | 'ids and headers'
  | 'stage ownership';

export const PROBE_OUT = process.env.PROBE_OUT ?? resolve(import.meta.dirname, '..', '..', '..', 'test', 'artifacts', 'probe');

/** One probe's counts: call `check` once per case; `done` records the counts and fails the test if any case failed. */
export class ProbeTally {
  private cases = 0;
  private readonly failures: string[] = [];

  constructor(private readonly kind: ProbeKind) {}

  /** One case: passes when `ok` is true; `what` names it in the failure list. */
  check(ok: boolean, what: string): void {
    this.cases += 1;
    if (!ok) this.failures.push(what);
  }

  /** One case that passes when `fn` resolves and fails with its error's message when it throws. */
  async run(what: string, fn: () => Promise<void> | void): Promise<void> {
    try {
      await fn();
      this.check(true, what);
    } catch (error) {
      this.check(false, `${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Records the counts (even when some failed), then fails the test with every failed case's name. */
  done(): void {
    mkdirSync(PROBE_OUT, { recursive: true });
    const line = JSON.stringify({ kind: this.kind, db: TEST_DB, cases: this.cases, failed: this.failures.length, failures: this.failures.slice(0, 20) });
    appendFileSync(join(PROBE_OUT, `${TEST_DB}-${process.pid}.jsonl`), `${line}\n`);
    expect(this.cases).toBeGreaterThan(0);
    expect(this.failures).toEqual([]);
  }
}

/** A tally for one test: `await probe(kind, async (t) => { … t.check(…) … })`. */
export async function probe(kind: ProbeKind, body: (tally: ProbeTally) => Promise<void>): Promise<void> {
  const tally = new ProbeTally(kind);
  try {
    await body(tally);
  } catch (error) {
    tally.check(false, `probe stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
  tally.done();
}
