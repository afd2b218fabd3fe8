export default {
  claim: 'hostile requests tried: every route with a happy path answers 2xx to a well-formed request',
  fault: 'a share of each route\'s cases well-formed (an admitted caller, real ids, the matrix\'s valid request, a plausible DTO body or the route\'s real upload)',
  broken: 'the excellent-list upload admits experts only, so the recommenders it is for are refused (403) every time',
  edits: [
    {
      file: 'server/src/modules/unit-package/unit-package.controller.ts',
      find: "  @Access('unit.act')\n  @HttpCode(201)\n  @Upload({ field: 'file', mediaTypes: [PDF_MIME], description: '年度优秀名单",
      replace: "  @Access('review.read')\n  @HttpCode(201)\n  @Upload({ field: 'file', mediaTypes: [PDF_MIME], description: '年度优秀名单",
    },
  ],
  build: [],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/fuzz.spec.ts', '-t', 'never answers 5xx'] },
};
