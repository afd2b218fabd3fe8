export default {
  claim: 'five wrong passwords lock a card for 15 minutes',
  fault: 'six wrong passwords in a row, then the right one',
  broken: 'the default lockout threshold is 50, not 5',
  edits: [{ file: 'server/src/config/config-sections.ts', find: "integer(env, 'LOGIN_MAX_FAILURES', 5, 3, 100)", replace: "integer(env, 'LOGIN_MAX_FAILURES', 50, 3, 100)" }],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/auth-lockout.spec.ts', '-t', 'locks a card after 5 wrong passwords'] },
};
