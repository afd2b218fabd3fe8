import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

type HasSubmitted = (manager: EntityManager, enterpriseId: number) => Promise<boolean>;

/**
 * Whether an enterprise has ever submitted an application, which locks its credit code against the declarant's own
 * changes. Applications are above the enterprise module: the application module tells it how to ask (onModuleInit).
 */
@Injectable()
export class CreditCodeLock {
  private hasSubmitted: HasSubmitted | null = null;

  register(hasSubmitted: HasSubmitted): void {
    this.hasSubmitted = hasSubmitted;
  }

  isLocked(manager: EntityManager, enterpriseId: number): Promise<boolean> {
    if (!this.hasSubmitted) throw new Error('no reader of submitted applications is registered');
    return this.hasSubmitted(manager, enterpriseId);
  }
}
