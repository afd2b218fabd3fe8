export default {
  claim: 'the same Idempotency-Key with a different file is refused (409), for every upload route as for JSON',
  fault: 'a misconduct-evidence upload sent again under its Idempotency-Key with a different file of the same name',
  broken: "an upload's fingerprint leaves out the file's SHA-256 and size (only its name and fields): another file replays the first answer",
  edits: [
    {
      file: 'server/src/modules/idempotency/idempotency.interceptor.ts',
      find: 'file: { name: upload.filename, size: upload.size, sha256: upload.sha256 }',
      replace: 'file: { name: upload.filename }',
    },
  ],
  build: [],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/idempotency-uploads.spec.ts', '-t', 'misconduct evidence: the same key and file'] },
};
