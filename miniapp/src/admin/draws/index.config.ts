export default definePageConfig({
  navigationBarTitleText: '专家组抽取',
});
