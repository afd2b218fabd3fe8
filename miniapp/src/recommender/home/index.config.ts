export default definePageConfig({
  navigationBarTitleText: '推荐单位',
});
