export default {
  claim: 'two secretariat users confirming the grades at once: one confirms, the other gets 409 GRADING_CONFIRMED',
  fault: 'two confirmations sent at the same moment',
  broken: 'confirming does not look whether the grades are confirmed already',
  edits: [
    { file: 'server/src/modules/grading/grading.service.ts', find: "      if (rows.some((r) => r.confirmedAt !== null)) throw conflict('GRADING_CONFIRMED');\n      // A panel score", replace: '      // A panel score' },
    { file: 'server/src/modules/grading/grading.service.ts', find: "      const result = await m.update(GradeResult, { campaignId: campaign.id, confirmedAt: IsNull() }, { confirmedAt: now });\n      if (result.affected !== rows.length) throw conflict('GRADING_CONFIRMED');", replace: '      await m.update(GradeResult, { campaignId: campaign.id }, { confirmedAt: now });' },
  ],
  test: { cwd: 'server', env: { TEST_DB: 'mariadb' }, args: ['test/review-presentations.spec.ts'] },
};
