export default definePageConfig({
  navigationBarTitleText: '等级评定',
});
