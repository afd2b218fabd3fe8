export default {
  claim: 'a chain rewritten whole in the database is detected against the last anchor',
  fault: 'by SQL: one entry changed and every later hash recomputed, the head moved along (a consistent rewrite)',
  broken: 'the anchors are read and their signatures checked, but the chain is never compared with them',
  edits: [
    {
      file: 'server/src/modules/audit/audit.service.ts',
      find: 'for (const anchor of byLastId.get(entry.id) ?? []) {',
      replace: 'for (const anchor of [] as Anchor[]) {',
    },
    {
      file: 'server/src/modules/audit/audit.service.ts',
      find: 'for (const anchor of [...valid].sort((a, b) => a.lastId - b.lastId)) {',
      replace: 'for (const anchor of [] as Anchor[]) {',
    },
  ],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/audit-chain-limits.spec.ts', '-t', 'rewritten whole and consistently|both tables emptied after an anchor'] },
};
