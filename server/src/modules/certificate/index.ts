// The certificate module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { Certificate } from './certificate.entity.js';
export { CertificateModule } from './certificate.module.js';
export { CertificateService } from './certificate.service.js';
export { validCertificatesOf } from './certificate.queries.js';
export { markCertificateRevoked } from './certificate.queries.js';
export { certificatesOf, leftJoinCertificateNo } from './certificate.queries.js';
