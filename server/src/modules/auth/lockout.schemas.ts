import { named, type Static, Type } from '../../common/contract/schema.js';

const unlocked = Type.Boolean({ description: '是否确曾锁定（false：本未锁定，无需解锁，也不记审计日志）', examples: [true] });

/** POST /registration-cards/:id/unlock. */
export const CardUnlockResult = named(
  'CardUnlockResult',
  Type.Object({ cardNo: Type.String({ description: '报名卡号', examples: ['QC2026-0007'] }), unlocked }),
);
export type CardUnlockResult = Static<typeof CardUnlockResult>;

/** POST /user-accounts/:id/unlock. */
export const AccountUnlockResult = named(
  'AccountUnlockResult',
  Type.Object({ username: Type.String({ description: '登录用户名', examples: ['13812345678'] }), unlocked }),
);
export type AccountUnlockResult = Static<typeof AccountUnlockResult>;
