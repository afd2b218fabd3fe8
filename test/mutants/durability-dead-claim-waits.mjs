export default {
  claim: "a retry after the server's SIGKILL (or a database outage) is run at once, not refused for 5 minutes as still in progress",
  fault: 'a claim left pending by a dead process of this host, by an earlier process with our pid, and by this process after its release failed',
  broken: 'a pending claim is judged by its age only (the owner is never checked)',
  edits: [{ file: 'server/src/modules/idempotency/idempotency.service.ts', find: 'if (owner === null) return false;', replace: 'if (owner !== "") return false;' }],
  build: [],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/idempotency.spec.ts', '-t', 'takes over at once a claim whose owner is gone'] },
};
