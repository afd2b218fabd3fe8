import { Global, Module } from '@nestjs/common';
import { AuditAnchorService } from './audit-anchor.service.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ providers: [AuditService, AuditAnchorService], exports: [AuditService, AuditAnchorService] })
export class AuditModule {}
