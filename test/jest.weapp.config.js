/**
 * The weapp build in a headless WeChat runtime (test/weapp/runtime): WeChat's own WXML compiler and component
 * framework, the real server, a scripted phone. Needs the server and weapp builds (npm run build:server, npm run build).
 * Same transform as the browser tests; its own folder and file pattern.
 */
import browserTests from './jest.config.js';

export default { ...browserTests, roots: ['<rootDir>/weapp'], testMatch: ['**/*.weapp.ts'] };
