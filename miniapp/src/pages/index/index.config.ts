export default definePageConfig({
  navigationBarTitleText: '质量信得过班组',
});
