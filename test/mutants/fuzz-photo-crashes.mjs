export default {
  claim: 'hostile requests tried: no 5xx on any route, the photo route reached with its real fields and real images',
  fault: 'multipart uploads with the route\'s own fields (photoKey, photo) and generated PNG/JPEG photos, among hostile cases',
  broken: 'the record photo handler throws a plain Error once it has a valid image (a 500)',
  edits: [
    {
      file: 'server/src/modules/activity-record/activity-record.service.ts',
      find: "      const count = await this.dataSource.getRepository(ActivityPhoto).countBy({ recordId: record.id });",
      replace: "      if (type) throw new Error('photo handler broke on a valid photo');\n      const count = await this.dataSource.getRepository(ActivityPhoto).countBy({ recordId: record.id });",
    },
  ],
  build: [],
  test: { cwd: 'server', env: { TEST_DB: 'sqlite' }, args: ['test/fuzz.spec.ts', '-t', 'never answers 5xx'] },
};
