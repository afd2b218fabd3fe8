export default {
  claim: 'deleting the audit head (then cutting the tail) is detected',
  fault: 'DELETE of the audit_head row, then DELETE of the last two audit entries, by SQL',
  broken: 'the head check is gone: a missing head row is taken for an intact chain (as before issue 25)',
  edits: [
    {
      file: 'server/src/modules/audit/audit.service.ts',
      find: "    if (!head) {\n      return result('head_missing'",
      replace: "    if (!head) {\n      if (head === null) return { intact: true, entries, firstBrokenId: null, reason: null, message: '审计日志完整', anchor: null, anchors: counts };\n      return result('head_missing'",
    },
  ],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/audit-chain-limits.spec.ts', '-t', 'finds a deleted head then a cut tail broken'] },
};
