export default {
  claim: 'concurrent writes through two instances on one MariaDB leave the audit chain intact, with exactly one entry per write',
  fault: 'activity records (each sent twice at once) and score-sheet submissions racing through nginx to two instances, then GET /console/audit/verify',
  broken: 'the audit head row is read without its row lock: two instances append after the same head, and the unique prevHash index refuses one of them (a 500), so a racing write is lost',
  edits: [
    {
      file: 'server/src/modules/audit/audit.service.ts',
      find: '{ where: { id: 1 }, ...writeLock(manager) }',
      replace: '{ where: { id: 1 }, ...(writeLock(manager) && {}) }',
    },
  ],
  build: ['server'],
  test: { cwd: 'test', args: ['e2e/scale-out.e2e.ts', '-t', 'drives a whole season through the proxy'] },
};
