import { Injectable } from '@nestjs/common';
import type { Grade } from '@cacem/shared';
import type { EntityManager } from 'typeorm';

/**
 * Refuses (throws) a re-confirmation that would give these applications these grades; runs inside its transaction.
 * Higher modules register one: the certificate module, since a valid certificate states its grade.
 */
export type GradeChangeCheck = (manager: EntityManager, grades: ReadonlyMap<number, Grade>) => Promise<void>;

/** The checks a re-confirmation runs before it writes: grading cannot read the modules above it, they register here. */
@Injectable()
export class GradeChangeChecks {
  private readonly checks: GradeChangeCheck[] = [];

  register(check: GradeChangeCheck): void {
    this.checks.push(check);
  }

  async run(manager: EntityManager, grades: ReadonlyMap<number, Grade>): Promise<void> {
    for (const check of this.checks) await check(manager, grades);
  }
}
