export default definePageConfig({
  navigationBarTitleText: '班组申报详情',
});
