export default {
  claim: 'the inbox asks WeChat for subscribe consent straight from the tap, with the server’s template id',
  fault: 'the weapp build run in the headless WeChat runtime, whose requestSubscribeMessage fails unless called from a tap',
  broken: 'the tap first awaits a request for the template id, then asks WeChat (as the button did before issue 17)',
  edits: [
    {
      file: 'miniapp/src/pages/inbox/subscribe-button.weapp.tsx',
      find: 'answer = (await Taro.requestSubscribeMessage(',
      replace: 'await wechatApi.templates();\n      answer = (await Taro.requestSubscribeMessage(',
    },
  ],
  build: ['weapp'],
  test: { cwd: 'test', args: ['-c', 'jest.weapp.config.js', 'weapp/subscribe.weapp.ts'] },
};
