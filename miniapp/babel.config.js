// NutUI on demand: each component from its own ES module plus its compiled CSS.
// (babel-plugin-import's `customStyle` option is silently ignored; `style` as a function works.)
const nutuiImport = [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    camel2DashComponentName: false,
    customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
    style: (resolved) => `${resolved}/style/css`,
  },
  'nutui-react-taro',
];

module.exports = (api) => {
  if (api.env('test')) {
    // Jest: plain presets for Node + jsdom; Taro's preset targets its own bundlers.
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
      plugins: [nutuiImport],
    };
  }
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
    plugins: [nutuiImport],
  };
};
