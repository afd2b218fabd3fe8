export default definePageConfig({
  navigationBarTitleText: '违规查处',
});
