export default {
  claim: 'the stored-XSS test fails, saying so, when its setup (the similarity run) does not finish',
  fault: 'the setup waits for the similarity run to report done (deadline 60 s) and checks it found a pair',
  broken: 'the similarity run does its work but never reports done (its status stays running) — the old test waited 60 s and carried on',
  edits: [
    {
      file: 'server/src/modules/similarity/similarity-job.service.ts',
      find: "{ status: 'done', phase: 'compare', done: candidates.length",
      replace: "{ status: 'running', phase: 'compare', done: candidates.length",
    },
  ],
  build: ['server'],
  test: { cwd: 'test', args: ['e2e/stored-xss.e2e.ts', '-t', 'console shows enterprise, team, expert names'] },
};
