export default {
  claim: 'after a SIGKILL every client resends what it has no answer for with the same key, and every write is stored exactly once',
  fault: "SIGKILL of the server mid-flight under 500 clients, and every fifth client's first answer lost on the way (resent with its key)",
  broken: "the material upload route no longer honours its Idempotency-Key, so a resend stores a second version",
  edits: [
    { file: 'server/src/modules/application/application-materials.controller.ts', find: "@Post(':kind')\n  @Idempotent('upload')", replace: "@Post(':kind')" },
    { file: 'server/src/modules/application/application-materials.controller.ts', find: "import { Idempotent } from '../idempotency/index.js';\n", replace: '' },
  ],
  build: ['server'],
  test: { cwd: 'test', env: {}, args: ['e2e/crash-safety.e2e.ts', '-t', 'SQLite'] },
};
