export default {
  claim: "the draw keeps an expert off the applications recommended by the expert's own unit (回避)",
  fault: 'draws where the conflicted expert can be drawn (four one-expert panels, three applications of that expert’s unit)',
  broken: "the draw is given the applications without their recommending unit, so the expert's own unit is not avoided",
  edits: [
    {
      file: 'server/src/modules/panel/panel-draw.service.ts',
      find: "unitId: a.recommendingUnitId === null ? '' : String(a.recommendingUnitId),",
      replace: "unitId: 'unit-unknown',",
    },
  ],
  build: [],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/panel-draw.spec.ts', '-t', 'keeps an expert off the applications'] },
};
