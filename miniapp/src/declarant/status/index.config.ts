export default definePageConfig({
  navigationBarTitleText: '班组状态',
});
