import { DateTime, Id, named, Nullable, Page, type Static, Type } from '../../common/contract/schema.js';

const cardNo = Type.String({ description: '报名卡号', examples: ['QC2026-0007'] });
const password = Type.String({ description: '一次性密码（仅此一次显示，服务器只保存其散列）', examples: ['PW7K2M9Q'] });
const enterpriseName = Type.String({ description: '企业名称', examples: ['中建八局第一建设有限公司'] });

/** POST /registration-cards. */
export const IssuedCard = named('IssuedCard', Type.Object({ id: Id, cardNo, password, enterpriseName, issuedAt: DateTime }));
export type IssuedCard = Static<typeof IssuedCard>;

/** One row of GET /registration-cards. */
export const RegistrationCardView = named(
  'RegistrationCardView',
  Type.Object({
    id: Id,
    cardNo,
    enterpriseId: Id,
    enterpriseName,
    creditCode: Nullable(Type.String({ description: '统一社会信用代码（企业尚未填写为 null）' })),
    issuedAt: DateTime,
    firstLoginAt: Nullable(Type.Unsafe<Date | string>({ ...DateTime, description: '首次登录时间（尚未登录为 null）' })),
    lockedUntil: Nullable(Type.Unsafe<Date | string>({ ...DateTime, description: '因多次密码错误被锁定时：自动解锁的时间（秘书处可立即解锁）；未锁定为 null' })),
  }),
);
export type RegistrationCardView = Static<typeof RegistrationCardView>;

export const RegistrationCardPage = Page(RegistrationCardView);
export type RegistrationCardPage = Static<typeof RegistrationCardPage>;

/** POST /registration-cards/bulk. */
export const BulkIssueResult = named(
  'BulkIssueResult',
  Type.Object({
    items: Type.Array(Type.Object({ cardNo, password, enterpriseName }), { description: '已发放的报名卡及其一次性密码' }),
    skipped: Type.Array(
      Type.Object({
        row: Type.Integer({ minimum: 1, description: '在所发列表中的位置，从 1 起' }),
        enterpriseName,
        message: Type.String({ description: '未发卡的原因', examples: ['企业名称为空'] }),
      }),
      { description: '未发卡的企业名称' },
    ),
    download: Nullable(
      Type.Object(
        {
          url: Type.String({ description: 'data: 链接（Excel 内容随应答返回，服务器不保存）' }),
          filename: Type.String({ examples: ['2026年度报名卡发放清单（2张）.xlsx'] }),
        },
        { description: '含一次性密码的 Excel 清单；一张也未发放时为 null' },
      ),
    ),
  }),
);
export type BulkIssueResult = Static<typeof BulkIssueResult>;

/** POST /registration-cards/:id/reset. */
export const CardPasswordReset = named('CardPasswordReset', Type.Object({ cardNo, password }));
export type CardPasswordReset = Static<typeof CardPasswordReset>;
