export default {
  claim: "every acknowledged row's SQLite WAL frames were synced before its answer (strace)",
  fault: 'none injected: the server runs under strace and the trace is read for every acknowledged write',
  broken: 'SQLite runs with synchronous = NORMAL (WAL synced only at checkpoints)',
  edits: [{ file: 'server/src/database/data-source-options.ts', find: "sqlite.pragma('synchronous = FULL');", replace: "sqlite.pragma('synchronous = NORMAL');" }],
  build: ['server'],
  test: { cwd: 'test', env: {}, args: ['e2e/durability.e2e.ts'] },
};
