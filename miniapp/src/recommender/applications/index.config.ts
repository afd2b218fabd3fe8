export default definePageConfig({
  navigationBarTitleText: '申报班组',
});
