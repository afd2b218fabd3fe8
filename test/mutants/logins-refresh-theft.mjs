export default {
  claim: 'a spent refresh token used again ends the session',
  fault: 'a refresh token replayed after it was rotated, past the two-tab grace',
  broken: 'a replayed refresh token is refused but the session goes on',
  edits: [{ file: 'server/src/modules/auth/session.service.ts', find: "if (!justRotated) await this.end(manager, session, 'refresh_reuse', `session:${session.id}`);", replace: 'void justRotated;' }],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/auth-sessions.spec.ts', '-t', 'takes a spent refresh token used again for theft'] },
};
