import { Module } from '@nestjs/common';
import { CreditCodeLock } from './credit-code-lock.js';
import { EnterpriseController } from './enterprise.controller.js';
import { EnterpriseService } from './enterprise.service.js';

@Module({ controllers: [EnterpriseController], providers: [EnterpriseService, CreditCodeLock], exports: [CreditCodeLock] })
export class EnterpriseModule {}
