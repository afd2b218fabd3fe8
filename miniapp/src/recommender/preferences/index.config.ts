export default definePageConfig({
  navigationBarTitleText: '推荐顺序',
});
