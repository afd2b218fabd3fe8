export default {
  claim: 'hostile requests tried: a refused request changed no row, UPDATEs included, on MariaDB too',
  fault: 'CHECKSUM TABLE of every table before and after each refused request (row counts alone miss an UPDATE)',
  broken: 'refusing a declarant\'s credit code once the enterprise has submitted first renames the enterprise, outside the transaction (an UPDATE that stays)',
  edits: [
    {
      file: 'server/src/modules/enterprise/enterprise.service.ts',
      find: "      if (await this.creditCodeLock.isLocked(manager, enterprise.id)) throw new DomainException('CREDIT_CODE_LOCKED', HttpStatus.CONFLICT, { field: 'creditCode' });",
      replace:
        "      if (await this.creditCodeLock.isLocked(manager, enterprise.id)) {\n        await this.dataSource.manager.update(Enterprise, { id: enterprise.id }, { name: `${enterprise.name}（改）` });\n        throw new DomainException('CREDIT_CODE_LOCKED', HttpStatus.CONFLICT, { field: 'creditCode' });\n      }",
    },
  ],
  build: [],
  test: { cwd: 'server', env: { TEST_DB: 'mariadb' }, args: ['test/fuzz.spec.ts', '-t', 'never answers 5xx'] },
};
