// The contract check's figures (server/test/support/test-app.ts writes one file per application the integration tests
// start): how many answers were validated against their documented schema on each database, over how many routes, and
// which routes answered with JSON but document no schema.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const CONTRACT_OUT = (root) => join(root, 'test/artifacts/contract');

export function clearContractReports(root) {
  rmSync(CONTRACT_OUT(root), { recursive: true, force: true });
}

export function printContractSummary(root) {
  const dir = CONTRACT_OUT(root);
  if (!existsSync(dir)) return;
  const byDb = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const db = file.split('-')[0];
    const tally = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const sum = byDb.get(db) ?? { validated: 0, refusals: 0, routes: new Set(), undocumented: new Set(), violations: [] };
    sum.validated += tally.validated;
    sum.refusals += tally.refusals;
    for (const route of Object.keys(tally.routes)) sum.routes.add(route);
    for (const route of Object.keys(tally.undocumented)) sum.undocumented.add(route);
    sum.violations.push(...tally.violations);
    byDb.set(db, sum);
  }
  console.log('\n接口契约 API contract (answers of the integration tests validated against docs/openapi.json):');
  for (const [db, sum] of byDb) {
    console.log(
      `  ${db.padEnd(8)} ${sum.validated} answers validated (${sum.validated - sum.refusals} successes over ${sum.routes.size} routes, ${sum.refusals} refusals), ` +
        `${sum.violations.length} disagreed, ${sum.undocumented.size} routes answered without a documented schema`,
    );
    for (const route of [...sum.undocumented].sort()) console.log(`           undocumented: ${route}`);
    // Which answers disagreed, so a failure on CI can be read from its summary alone.
    for (const violation of sum.violations.slice(0, 10)) console.log(`           disagreed: ${violation}`);
  }
}
