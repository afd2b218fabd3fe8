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
    files: ['**/*.cjs', 'miniapp/babel.config.js', 'miniapp/jest.config.js', 'miniapp/**/__mocks__/**', 'miniapp/config/**'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
