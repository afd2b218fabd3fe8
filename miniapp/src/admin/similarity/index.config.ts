export default definePageConfig({
  navigationBarTitleText: '材料查重',
});
