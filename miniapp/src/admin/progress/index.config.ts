export default definePageConfig({
  navigationBarTitleText: '评审进度',
});
