import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/index.js';
import { GradingModule } from '../grading/index.js';
import { CertificateGradeCheck } from './certificate-grade-check.js';
import { CertificateDocumentService } from './certificate-document.service.js';
import { CertificateController } from './certificate.controller.js';
import { CertificateNumbers, CertificateService } from './certificate.service.js';
import { ApplicationResultReaderOfCertificates } from './application-result.reader.js';

@Module({
  imports: [ApplicationModule, GradingModule],
  controllers: [CertificateController],
  providers: [CertificateService, CertificateDocumentService, CertificateNumbers, CertificateGradeCheck, ApplicationResultReaderOfCertificates],
  exports: [CertificateService],
})
export class CertificateModule {}
