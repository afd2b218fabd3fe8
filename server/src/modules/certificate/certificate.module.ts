import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { CertificateDocumentService } from './certificate-document.service.js';
import { CertificateController } from './certificate.controller.js';
import { CertificateNumbers, CertificateService } from './certificate.service.js';

@Module({
  imports: [ApplicationModule],
  controllers: [CertificateController],
  providers: [CertificateService, CertificateDocumentService, CertificateNumbers],
  exports: [CertificateService],
})
export class CertificateModule {}
