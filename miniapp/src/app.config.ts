// Role pages live in subpackages so the main package (tab pages, login, join) stays well under WeChat's 2 MB.
const declarantPackage = {
  root: 'declarant',
  pages: ['enterprise/index', 'team-new/index', 'status/index', 'members/index', 'registration/index'],
};

// Team members and declarants on site: the record form and a record's detail.
const recordsPackage = {
  root: 'records',
  pages: ['new/index', 'detail/index'],
};

// The application's progress, read by declarants and members alike.
const progressPackage = {
  root: 'progress',
  pages: ['timeline/index'],
};

// Recommending units approve their teams, order them, file 附件3 and build the recommendation package.
const recommenderPackage = {
  root: 'recommender',
  pages: ['home/index', 'applications/index', 'application/index', 'preferences/index', 'statistics/index', 'package/index'],
};

// Experts score the teams' materials and presentations on their phones; leaders follow their panel's progress.
const expertPackage = {
  root: 'expert',
  pages: ['home/index', 'score/index', 'progress/index', 'sessions/index'],
};

// The secretariat works on a desktop browser: its pages exist only in the H5 build.
const adminPackage = {
  root: 'admin',
  pages: ['cards/index', 'units/index', 'dashboard/index', 'applications/index', 'audit/index', 'outbox/index', 'settings/index', 'experts/index', 'discipline/index', 'draws/index', 'progress/index', 'invitations/index', 'sessions/index', 'grading/index', 'certificates/index', 'similarity/index', 'similarity/pair', 'similarity/cluster'],
};

// — issue 6: public pages —
// Anyone, logged in or not: the certificate verification page that the certificate's QR code opens.
const publicPackage = { root: 'public', pages: ['verify/index', 'lists/index'] };

const common = [declarantPackage, recordsPackage, progressPackage, recommenderPackage, expertPackage, publicPackage];

export default defineAppConfig({
  // The privacy guide sits in the main package: the login page and every consent popup link to it.
  pages: ['pages/index/index', 'pages/records/index', 'pages/inbox/index', 'pages/login/index', 'pages/join/index', 'pages/privacy/index'],
  subPackages: process.env.TARO_ENV === 'h5' ? [...common, adminPackage] : common,
  tabBar: {
    color: '#4e5969',
    selectedColor: '#1f4e8c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      // Icons drawn from NutUI's by scripts/tab-icons.mjs (WeChat wants PNG files here).
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/records/index', text: '记录', iconPath: 'assets/tab/records.png', selectedIconPath: 'assets/tab/records-active.png' },
      { pagePath: 'pages/inbox/index', text: '消息', iconPath: 'assets/tab/inbox.png', selectedIconPath: 'assets/tab/inbox-active.png' },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f4e8c',
    navigationBarTitleText: '质量信得过班组',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f9',
  },
});
