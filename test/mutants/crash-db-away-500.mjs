export default {
  claim: 'while the database is away, requests answer a clean 503 DB_UNAVAILABLE (never a bare 500) and the server reconnects by itself',
  fault: 'mariadbd SIGKILLed mid-write under 300 clients, then started again',
  broken: 'a lost database connection is answered as an internal error (500)',
  edits: [{ file: 'server/src/common/error-body.ts', find: "  if (isDatabaseUnavailable(error)) return body(503, 'DB_UNAVAILABLE');", replace: "  if (isDatabaseUnavailable(error)) return body(500, 'INTERNAL');" }],
  build: ['server'],
  test: { cwd: 'test', args: ['e2e/crash-safety.e2e.ts', '-t', 'mariadbd SIGKILLed mid-write'] },
};
