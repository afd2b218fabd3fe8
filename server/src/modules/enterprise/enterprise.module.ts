import { Module } from '@nestjs/common';
import { EnterpriseController } from './enterprise.controller.js';
import { EnterpriseService } from './enterprise.service.js';

@Module({ controllers: [EnterpriseController], providers: [EnterpriseService] })
export class EnterpriseModule {}
