export default definePageConfig({
  navigationBarTitleText: '统计表（附件3）',
});
