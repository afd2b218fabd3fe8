export default {
  claim: 'backup → restore: every row of every table and every file identical',
  fault: 'a backup taken while the server runs, restored into an empty instance, compared row by row and file by file',
  broken: 'the backup leaves the activity records table out',
  edits: [{ file: 'server/src/backup/backup.ts', find: 'for (const table of await snapshot.tables()) {', replace: "for (const table of (await snapshot.tables()).filter((t) => t.name !== 'activity_record')) {" }],
  build: ['server'],
  test: { cwd: 'test', args: ['e2e/backup-restore.e2e.ts', '-t', 'a backup taken while the server runs restores'] },
};
