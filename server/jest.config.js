/** Server tests run as ESM (NestJS 12 is ESM-only): node --experimental-vm-modules. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  testTimeout: 30000,
  // Each test file loads its own copy of the whole Nest application (ESM modules are not shared between files), and a
  // long serial run kept them: the worker's heap grew by 100–200 MB a file and every later file ran slower (the MariaDB
  // run took 605 s). A worker past this much memory after a file is replaced by a fresh one (450 s, same tests).
  workerIdleMemoryLimit: '800MB',
};
