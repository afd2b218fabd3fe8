export default {
  claim: 'npm test reports every skipped test (N passed, N failed, N skipped)',
  fault: 'a real Jest run of a file that skips by it.skip, it.todo, describe.skip and a condition',
  broken: 'todo tests are not counted as skipped',
  edits: [{ file: 'scripts/lib/skips.mjs', find: "new Set(['pending', 'todo', 'skipped', 'disabled'])", replace: "new Set(['pending', 'skipped', 'disabled'])" }],
  test: { cwd: 'test', args: ['e2e/test-command.e2e.ts'] },
};
