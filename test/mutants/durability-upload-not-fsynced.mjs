export default {
  claim: 'every acknowledged upload was fsynced before its answer (strace)',
  fault: 'none injected: the server runs under strace and the trace is read for every acknowledged write',
  broken: 'the received upload is renamed into the store without an fsync of its bytes',
  edits: [
    {
      file: 'server/src/storage/local-object-store.ts',
      find: "const handle = await open(tempPath, 'r+');\n    try {\n      await handle.sync();",
      replace: "const handle = await open(tempPath, 'r+');\n    try {\n      // broken: no fsync of the upload",
    },
  ],
  build: ['server'],
  test: { cwd: 'test', env: {}, args: ['e2e/durability.e2e.ts'] },
};
