export default {
  claim: 'hostile requests tried: static files (H5, Swagger UI) never answer a file outside the served folder, a listing or a 5xx',
  fault: 'traversal, odd encodings, methods, ranges and huge paths against the H5 files and Swagger UI, with a secret beside the H5 folder',
  broken: 'the H5 files are served from their folder and the folder above it',
  edits: [
    {
      file: 'server/src/app.factory.ts',
      find: "await site.register(fastifyStatic, { root: h5Dir, prefix: '/', wildcard: false, index: ['index.html'] });",
      replace: "await site.register(fastifyStatic, { root: [h5Dir, join(h5Dir, '..')], prefix: '/', wildcard: false, index: ['index.html'] });",
    },
  ],
  build: [],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/fuzz-static.spec.ts'] },
};
