/**
 * The weapp build in a headless WeChat runtime (test/weapp/runtime): WeChat's own WXML compiler and component
 * framework, the real server, a scripted phone. Needs the server and weapp builds (npm run build:server, npm run build).
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/weapp'],
  testMatch: ['**/*.weapp.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  testTimeout: 120000,
};
