export default definePageConfig({
  navigationBarTitleText: '发放报名卡',
});
