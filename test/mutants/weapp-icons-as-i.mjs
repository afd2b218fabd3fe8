export default {
  claim: 'every page of the weapp build draws without a template missing (the pages × roles table)',
  fault: 'every page opened for every role in the headless WeChat runtime, WeChat’s wcc warnings collected',
  broken: 'NutUI’s icons drawn as <i>, which a mini-program has no template for (as before issue 17)',
  edits: [{ file: 'miniapp/src/app.ts', find: "configureIcons({ tag: 'view' })", replace: "configureIcons({ tag: 'i' })" }],
  build: ['weapp'],
  test: { cwd: 'test', args: ['-c', 'jest.weapp.config.js', 'weapp/boot.weapp.ts', '-t', '访客'] },
};
