export default definePageConfig({
  navigationBarTitleText: '班组成员',
  enableShareAppMessage: true,
});
