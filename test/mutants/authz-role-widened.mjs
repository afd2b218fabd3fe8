export default {
  claim: 'every route × principal allowed or refused exactly as the matrix says',
  fault: 'every route called with a valid request as each of 11 principals',
  broken: 'the registration cards (a secretariat page) also let a declarant in',
  edits: [{ file: 'server/src/modules/access/permissions.ts', find: "'cards.manage': { roles: ['secretariat'],", replace: "'cards.manage': { roles: ['secretariat', 'declarant']," }],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/authz-matrix.spec.ts', '-t', 'lets each principal through'] },
};
