export default definePageConfig({
  navigationBarTitleText: '模板雷同',
});
