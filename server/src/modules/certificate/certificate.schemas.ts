import { GRADES } from '@cacem/shared';
import { DateTime, Enum, Id, named, Nullable, Page, type Static, Type } from '../../common/contract/schema.js';

/** A certificate as anyone verifying it reads it: valid, or revoked (with the date and reason). */
export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;

const CertificateNo = Type.String({ description: '证书编号', examples: ['QT-2026-K7M2-Q9XA-H'] });
const Named = (description: string) => Type.Object({ id: Type.Integer({ minimum: 0, description: `${description}编号（申报已删除为 0）` }), name: Type.String({ description: `${description}名称` }) });

export const CertificateItem = named(
  'CertificateItem',
  Type.Object({
    id: Id,
    certificateNo: CertificateNo,
    applicationId: Id,
    year: Type.Integer({ description: '活动年度', examples: [2026] }),
    team: Named('班组'),
    enterprise: Named('企业'),
    unit: Nullable(
      Type.Object({
        id: Id,
        seq: Type.Integer({ description: '推荐单位在附件 2 中的序号' }),
        name: Type.String({ description: '推荐单位名称' }),
      }),
    ),
    grade: Enum(GRADES, { description: '等级' }),
    gradeLabel: Type.String({ description: '等级的中文名', examples: ['卓越级'] }),
    total: Nullable(Type.Number({ description: '总分（无评定记录为 null）', examples: [176.5] })),
    issuedAt: DateTime,
    revoked: Type.Boolean({ description: '已撤销', examples: [false] }),
    revokedAt: Nullable(DateTime),
    revokedReason: Nullable(Type.String({ description: '撤销原因' })),
  }),
);
export type CertificateItem = Static<typeof CertificateItem>;

export const CertificatePage = named('CertificatePage', Page(CertificateItem));
export type CertificatePage = Static<typeof CertificatePage>;

export const IssuedCertificates = named(
  'IssuedCertificates',
  Type.Object({
    issued: Type.Integer({ minimum: 0, description: '本次颁发的证书数（重复执行为 0）', examples: [12] }),
    items: Type.Array(CertificateItem, { description: '本次颁发的证书' }),
  }),
);
export type IssuedCertificates = Static<typeof IssuedCertificates>;

/** What anyone may read about a certificate number (公众查验). */
export const PublicCertificate = named(
  'PublicCertificate',
  Type.Object({
    certificateNo: CertificateNo,
    year: Type.Integer({ description: '活动年度', examples: [2026] }),
    teamName: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
    enterpriseName: Type.String({ description: '企业名称' }),
    grade: Enum(GRADES, { description: '等级' }),
    gradeLabel: Type.String({ description: '等级的中文名', examples: ['卓越级'] }),
    issuedAt: DateTime,
    status: Enum(CERTIFICATE_STATUSES, { description: 'valid 有效 / revoked 已撤销' }),
    revokedAt: Nullable(DateTime),
    revokedReason: Nullable(Type.String({ description: '撤销原因' })),
  }),
);
export type PublicCertificate = Static<typeof PublicCertificate>;
