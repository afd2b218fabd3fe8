export default definePageConfig({
  navigationBarTitleText: '申报总览',
});
