export default {
  claim: 'two devices saving the same score sheet at once (through two instances): exactly one wins, the other gets 409',
  fault: 'each of nine score sheets saved from two devices at once with the same version, through nginx to two instances on one MariaDB',
  broken: "the sheet's update no longer requires the version it read (and the version sent is not compared): both saves win",
  edits: [
    {
      file: 'server/src/modules/review/review.service.ts',
      find: "if (dto.version !== undefined && dto.version !== (existing?.version ?? 0)) throw conflict('CONFLICT');",
      replace: '// version not compared',
    },
    {
      file: 'server/src/modules/review/review.service.ts',
      find: 'const result = await m.update(ScoreSheetEntity, { id: existing.id, version: existing.version }',
      replace: 'const result = await m.update(ScoreSheetEntity, { id: existing.id }',
    },
  ],
  build: ['server'],
  test: { cwd: 'test', args: ['e2e/scale-out.e2e.ts', '-t', 'drives a whole season through the proxy'] },
};
