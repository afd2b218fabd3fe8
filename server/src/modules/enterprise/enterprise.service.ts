import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkCreditCode, CREDIT_CODE_PROBLEM_TEXT, normalizeCreditCode } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, DomainException, notFound, unprocessable } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { AuditService } from '../audit/index.js';
import { CreditCodeLock } from './credit-code-lock.js';
import { Enterprise } from './enterprise.entity.js';
import type { EnterpriseRecord, EnterpriseView } from './enterprise.schemas.js';

@Injectable()
export class EnterpriseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly creditCodeLock: CreditCodeLock,
  ) {}

  async mine(principal: Principal): Promise<EnterpriseView> {
    const declarant = requireAccess(principal, 'enterprise.profile');
    const enterprise = await this.dataSource.getRepository(Enterprise).findOneByOrFail({ id: declarant.enterpriseId });
    return { id: enterprise.id, name: enterprise.name, creditCode: enterprise.creditCode, cardNo: declarant.cardNo };
  }

  /**
   * The declarant records the enterprise's credit code — until the enterprise first submits an application. From then on
   * the code is what the secretariat screens, reviews and certifies under, and only the secretariat corrects it.
   */
  async setCreditCode(principal: Principal, input: string): Promise<EnterpriseView> {
    const declarant = requireAccess(principal, 'enterprise.profile');
    const creditCode = validCreditCode(input);
    await this.write(principal, declarant.enterpriseId, creditCode, async (manager, enterprise) => {
      if (await this.creditCodeLock.isLocked(manager, enterprise.id)) throw new DomainException('CREDIT_CODE_LOCKED', HttpStatus.CONFLICT, { field: 'creditCode' });
      return { action: 'enterprise.set_credit_code' };
    });
    return this.mine(principal);
  }

  /** The secretariat's correction, at any stage, audited with the code before and after and the reason. */
  async correctCreditCode(principal: Principal, enterpriseId: number, input: string, reason: string): Promise<EnterpriseRecord> {
    requireAccess(principal, 'enterprises.manage');
    const creditCode = validCreditCode(input);
    const enterprise = await this.write(principal, enterpriseId, creditCode, async () => ({ action: 'enterprise.correct_credit_code', reason: reason.trim() }));
    return { id: enterprise.id, name: enterprise.name, creditCode };
  }

  /** Records a new code for the enterprise in one transaction with its audit entry; `check` refuses or names the action. */
  private async write(
    principal: Principal,
    enterpriseId: number,
    creditCode: string,
    check: (manager: EntityManager, enterprise: Enterprise) => Promise<{ action: string; reason?: string }>,
  ): Promise<Enterprise> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const enterprise = await manager.findOneBy(Enterprise, { id: enterpriseId });
        if (!enterprise) throw notFound();
        if (enterprise.creditCode === creditCode) return enterprise;
        const { action, reason } = await check(manager, enterprise);
        await manager.update(Enterprise, { id: enterprise.id }, { creditCode });
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action,
          entity: 'enterprise',
          entityId: enterprise.id,
          before: { creditCode: enterprise.creditCode },
          after: reason === undefined ? { creditCode } : { creditCode, reason },
        });
        return enterprise;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('CREDIT_CODE_TAKEN', 'creditCode');
      throw error;
    }
  }
}

function validCreditCode(input: string): string {
  const problem = checkCreditCode(input);
  if (problem) throw unprocessable('CREDIT_CODE_INVALID', 'creditCode', CREDIT_CODE_PROBLEM_TEXT[problem]);
  return normalizeCreditCode(input);
}
