export default {
  claim: 'the credit-code form never submits a code whose check character is wrong',
  fault: 'a code with a wrong check character submitted, then the corrected code submitted (waiting on that submission, not on a fixed sleep)',
  broken: "the form's submit button calls the submit handler directly, skipping the form's validation",
  edits: [
    {
      file: 'miniapp/src/declarant/enterprise/credit-code-form.tsx',
      find: 'onSubmit={() => form.submit()}',
      replace: "onSubmit={() => void finish({ creditCode: value ?? '' })}",
    },
  ],
  build: [],
  test: { cwd: 'miniapp', args: ['test/credit-code-form.test.tsx', '-t', 'shows the check-character error'] },
};
