import { Id, named, Nullable, type Static, Type } from '../../common/contract/schema.js';

const enterpriseFields = {
  id: Id,
  name: Type.String({ description: '企业名称', examples: ['中建八局第一建设有限公司'] }),
  creditCode: Nullable(Type.String({ description: '统一社会信用代码（18 位；尚未登记为 null）', examples: ['91310000132212345X'] })),
};

/** An enterprise as the secretariat corrected it. */
export const EnterpriseRecord = named('EnterpriseRecord', Type.Object(enterpriseFields));
export type EnterpriseRecord = Static<typeof EnterpriseRecord>;

/** The declarant's own enterprise, with the card it logged in with. */
export const EnterpriseView = named(
  'EnterpriseView',
  Type.Object({ ...enterpriseFields, cardNo: Type.String({ description: '登录所用的报名卡号', examples: ['2026000014'] }) }),
);
export type EnterpriseView = Static<typeof EnterpriseView>;
