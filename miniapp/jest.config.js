/** Component tests: jsdom + Testing Library, Taro replaced by small stubs (see test/stubs). */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  moduleFileExtensions: ['tsx', 'ts', 'js', 'jsx', 'json', 'cjs', 'mjs'],
  transform: {
    '^.+\\.[cm]?[jt]sx?$': ['babel-jest', { configFile: require.resolve('./babel.config.js') }],
  },
  // NutUI ships ES modules; everything else in node_modules is already CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@nutui)/)'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/stubs/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/stubs/components.tsx',
    '\\.(css|scss|sass|less)$': '<rootDir>/test/stubs/style.js',
  },
  setupFiles: ['<rootDir>/test/setup.ts'],
  testEnvironmentOptions: {
    customExportConditions: ['require', 'default'],
  },
};
