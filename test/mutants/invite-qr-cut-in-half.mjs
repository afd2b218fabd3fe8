export default {
  claim: 'a member can scan the team invite QR code from the declarant’s phone: the code is shown whole, and decodes to the join path with the invite code',
  fault: 'none: the QR box as laid out by the H5 build',
  broken: 'the code as it was before issue 21: aspectFit (absolutely positioned by Taro) while a style stretches the inner img, which put half of it out of the box',
  edits: [
    {
      file: 'miniapp/src/declarant/members/index.tsx',
      find: 'src={invite.qrDataUrl} mode="scaleToFill"',
      replace: 'src={invite.qrDataUrl} mode="aspectFit"',
    },
    {
      file: 'miniapp/src/declarant/members/index.scss',
      find: '    margin: 0 auto 16px;\n    display: block;\n  }',
      replace: '    margin: 0 auto 16px;\n    display: block;\n\n    img {\n      width: 100% !important;\n      height: 100% !important;\n      object-fit: contain;\n    }\n  }',
    },
  ],
  build: ['h5'],
  test: { cwd: 'test', args: ['e2e/registration.e2e.ts', '-t', 'QR code on the screen decodes'] },
};
