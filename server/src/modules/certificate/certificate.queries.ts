import { type EntityManager, In, IsNull, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { columnReader, type RawReader } from '../../common/column-reader.js';
import { Certificate } from './certificate.entity.js';

// The certificates' queries for other modules (they never open the table's repository).

/** The certificates not revoked of these applications, in one query (none for no ids). */
export async function validCertificatesOf(manager: EntityManager, applicationIds: Iterable<number>): Promise<Certificate[]> {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0) return [];
  return manager.findBy(Certificate, { applicationId: In(ids), revokedAt: IsNull() });
}

/** Marks a certificate revoked with the reason anyone verifying it reads. The caller records the audit entry. */
export async function markCertificateRevoked(manager: EntityManager, id: number, revokedAt: Date, revokedReason: string): Promise<void> {
  await manager.update(Certificate, { id }, { revokedAt, revokedReason });
}

/** The certificates of these applications, revoked ones too, in one query (none for no ids). */
export async function certificatesOf(manager: EntityManager, applicationIds: Iterable<number>): Promise<Certificate[]> {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0) return [];
  return manager.findBy(Certificate, { applicationId: In(ids) });
}

/** Left-joins each row's certificate (as `alias`, on `on`: one row at most, unique per application); returns its number to select and a reader of its raw value. */
export function leftJoinCertificateNo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): { certificateNo: string; readCertificateNo: RawReader<string> } {
  qb.leftJoin(Certificate, alias, on);
  return { certificateNo: `${alias}.certificateNo`, readCertificateNo: columnReader<string>(qb.connection, Certificate, 'certificateNo') };
}
