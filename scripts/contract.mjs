// `npm run contract`: writes the API's contract afresh from the code — docs/openapi.json and the mini-program's types
// generated from it (miniapp/src/api/schema.gen.ts) — by running the contract spec with UPDATE_CONTRACT=1.
import { join } from 'node:path';
import { ROOT, run } from './lib/workspace.mjs';

const code = await run(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', join(ROOT, 'node_modules/jest/bin/jest.js'), 'test/contract.spec.ts'],
  { cwd: join(ROOT, 'server'), env: { ...process.env, TEST_DB: 'sqlite', UPDATE_CONTRACT: '1' } },
);
process.exit(code);
