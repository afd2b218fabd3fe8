export default {
  claim: 'the same Idempotency-Key with a different file is refused (409), for every upload route as for JSON',
  fault: 'an upload sent again under its Idempotency-Key with a different file (and with other fields, on another route)',
  broken: 'the fingerprint comparison is skipped: whatever the body or file, a reused key replays the first answer',
  edits: [
    {
      file: 'server/src/modules/idempotency/idempotency.service.ts',
      find: "if (existing.fingerprint !== fingerprint) throw conflict('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key');",
      replace: '// fingerprint not compared',
    },
  ],
  build: [],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/idempotency-uploads.spec.ts', '-t', 'application material: the same key and file'] },
};
