export default definePageConfig({
  navigationBarTitleText: '活动概览',
});
