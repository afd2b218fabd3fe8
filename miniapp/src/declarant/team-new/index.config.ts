export default definePageConfig({
  navigationBarTitleText: '新建班组',
});
