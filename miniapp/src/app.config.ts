const declarantPackage = {
  root: 'declarant',
  pages: ['enterprise/index', 'team-new/index', 'status/index'],
};

// The secretariat works on a desktop browser: its pages exist only in the H5 build.
const adminPackage = {
  root: 'admin',
  pages: ['cards/index'],
};

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index'],
  subPackages: process.env.TARO_ENV === 'h5' ? [declarantPackage, adminPackage] : [declarantPackage],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f4e8c',
    navigationBarTitleText: '质量信得过班组',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f9',
  },
});
