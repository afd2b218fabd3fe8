export default {
  claim: 'GET /api/v1/health answers 503 while the database is away, and 200 once it is back',
  fault: 'mariadbd SIGKILLed mid-write, the health check watched every 250 ms through the outage',
  broken: 'the health check answers 200 whatever the database says',
  edits: [{ file: 'server/src/modules/health/health.controller.ts', find: '      void reply.status(HttpStatus.SERVICE_UNAVAILABLE);\n', replace: '      void reply.status(HttpStatus.OK);\n' }],
  build: ['server'],
  test: { cwd: 'test', args: ['e2e/crash-safety.e2e.ts', '-t', 'mariadbd SIGKILLed mid-write'] },
};
