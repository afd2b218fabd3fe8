import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { weappSourceLintConfig } from './miniapp/scripts/weapp-globals.mjs';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/dist-*/**', 'test/artifacts/**', 'data/**', '**/.swc/**', 'miniapp/.taro/**', '**/.bench-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Nest injects by the runtime type of constructor parameters, so those imports must stay value imports.
    files: ['server/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['miniapp/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  weappSourceLintConfig,
  {
    // A file a newcomer can read in one sitting: past 300 lines, split it by responsibility.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // Generated code and test data generators (tables of cases, a fixture's bytes) are long by nature and read a piece at a time.
    files: [
      'miniapp/src/api/schema.gen.ts',
      'server/test/support/material-files.ts',
      'server/test/support/fuzz-arbitraries.ts',
      // The table of every route and who may call it, read by the authorization matrix and the probes.
      'server/test/authz-matrix.ts',
    ],
    rules: { 'max-lines': 'off' },
  },
  {
    // The console is built from its kit (admin/console/kit) and the console's components beside it: a page never writes
    // a native control itself, so every control looks and behaves alike (docs/architecture.md).
    files: ['miniapp/src/admin/**/*.tsx'],
    ignores: ['miniapp/src/admin/console/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXOpeningElement[name.name=/^(button|select|option|input|textarea|label|table|thead|tbody|tr|th|td)$/]',
          message: '控制台页面请用 admin/console/kit 的组件（Button、Select、TextInput、TextArea、Check、FileButton、Field）或控制台的表格组件，不直接写原生控件。',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', 'miniapp/babel.config.js', 'miniapp/jest.config.js', 'miniapp/**/__mocks__/**', 'miniapp/config/**'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
