import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkCreditCode, CREDIT_CODE_PROBLEM_TEXT, normalizeCreditCode } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { conflict, unprocessable } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { requireDeclarant } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { Enterprise } from './enterprise.entity.js';

export interface EnterpriseView {
  id: number;
  name: string;
  creditCode: string | null;
  cardNo: string;
}

@Injectable()
export class EnterpriseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async mine(principal: Principal): Promise<EnterpriseView> {
    const declarant = requireDeclarant(principal);
    const enterprise = await this.dataSource.getRepository(Enterprise).findOneByOrFail({ id: declarant.enterpriseId });
    return { id: enterprise.id, name: enterprise.name, creditCode: enterprise.creditCode, cardNo: declarant.cardNo };
  }

  async setCreditCode(principal: Principal, input: string): Promise<EnterpriseView> {
    const declarant = requireDeclarant(principal);
    const problem = checkCreditCode(input);
    if (problem) throw unprocessable('CREDIT_CODE_INVALID', 'creditCode', CREDIT_CODE_PROBLEM_TEXT[problem]);
    const creditCode = normalizeCreditCode(input);
    try {
      await this.dataSource.transaction(async (manager) => {
        const enterprise = await manager.findOneByOrFail(Enterprise, { id: declarant.enterpriseId });
        if (enterprise.creditCode === creditCode) return;
        await manager.update(Enterprise, { id: enterprise.id }, { creditCode });
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'enterprise.set_credit_code',
          entity: 'enterprise',
          entityId: enterprise.id,
          before: { creditCode: enterprise.creditCode },
          after: { creditCode },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('CREDIT_CODE_TAKEN', 'creditCode');
      throw error;
    }
    return this.mine(principal);
  }
}
