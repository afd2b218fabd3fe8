export default {
  claim: "every acknowledged upload's rename into the store was made durable (its folder fsynced) before its answer (strace)",
  fault: 'none injected: the server runs under strace and the trace is read for every acknowledged write',
  broken: 'the store folder objects/<aa> is not fsynced after the rename',
  edits: [
    {
      file: 'server/src/storage/local-object-store.ts',
      find: '    await rename(tempPath, target);\n    await syncDirectory(dirname(target));',
      replace: '    await rename(tempPath, target);',
    },
  ],
  build: ['server'],
  test: { cwd: 'test', env: {}, args: ['e2e/durability.e2e.ts'] },
};
