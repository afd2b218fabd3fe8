import { DateTime, Id, Items, named, Nullable, type Static, Type } from '../../common/contract/schema.js';

/** A recommending unit as everyone sees it (the public list, and the unit an application chose). */
export const RecommendingUnitView = named(
  'RecommendingUnitView',
  Type.Object({
    id: Id,
    seq: Type.Integer({ minimum: 1, description: '通知附件2中的序号', examples: [3] }),
    name: Type.String({ description: '推荐单位名称', examples: ['中国冶金建设协会'] }),
  }),
);
export type RecommendingUnitView = Static<typeof RecommendingUnitView>;

export const RecommendingUnitList = Items(RecommendingUnitView);
export type RecommendingUnitList = Static<typeof RecommendingUnitList>;

/** One unit's row in the secretariat's filing overview. */
export const UnitFilingRow = named(
  'UnitFilingRow',
  Type.Object({
    unitId: Id,
    seq: Type.Integer({ minimum: 1, description: '通知附件2中的序号' }),
    name: Type.String({ description: '推荐单位名称', examples: ['中国冶金建设协会'] }),
    contacts: Type.Integer({ minimum: 0, description: '在用的联系人账号数' }),
    submitted: Type.Integer({ minimum: 0, description: '本届提交到本单位的申报数' }),
    recommended: Type.Integer({ minimum: 0, description: '已推荐（含其后各状态）的申报数' }),
    declined: Type.Integer({ minimum: 0, description: '未获推荐的申报数' }),
    statisticsFiled: Type.Boolean({ description: '是否已填报统计表（附件3）' }),
    packageFiled: Type.Boolean({ description: '是否已合成推荐材料 PDF' }),
    lastFiledAt: Nullable(DateTime),
  }),
);
export type UnitFilingRow = Static<typeof UnitFilingRow>;

export const UnitFilingOverview = named(
  'UnitFilingOverview',
  Type.Object({
    items: Type.Array(UnitFilingRow),
    totals: Type.Object(
      {
        units: Type.Integer({ minimum: 0, description: '推荐单位数' }),
        contacts: Type.Integer({ minimum: 0, description: '联系人账号合计' }),
        submitted: Type.Integer({ minimum: 0, description: '提交的申报合计' }),
        recommended: Type.Integer({ minimum: 0, description: '已推荐合计' }),
        declined: Type.Integer({ minimum: 0, description: '未获推荐合计' }),
        statisticsFiled: Type.Integer({ minimum: 0, description: '已填报统计表的单位数' }),
        packageFiled: Type.Integer({ minimum: 0, description: '已合成推荐材料的单位数' }),
      },
      { description: '各列合计' },
    ),
  }),
);
export type UnitFilingOverview = Static<typeof UnitFilingOverview>;

export const UnitReminded = Type.Object({ reminded: Type.Integer({ minimum: 0, description: '收到提醒的联系人数' }) });
export type UnitReminded = Static<typeof UnitReminded>;

/** A recommending unit's contact account. */
export const UnitContactView = named(
  'UnitContactView',
  Type.Object({
    id: Id,
    username: Type.String({ description: '登录用户名', examples: ['yejin-lina'] }),
    displayName: Type.String({ description: '联系人姓名', examples: ['李娜'] }),
    mobile: Nullable(Type.String({ description: '手机号' })),
    active: Type.Boolean({ description: '账号是否在用' }),
    wechatBound: Type.Boolean({ description: '是否已绑定微信' }),
    createdAt: DateTime,
  }),
);
export type UnitContactView = Static<typeof UnitContactView>;

export const UnitContactList = Items(UnitContactView);

/** A contact account just opened: the password and the bind code are shown this once. */
export const CreatedUnitContact = named(
  'CreatedUnitContact',
  Type.Object({
    id: Id,
    username: Type.String({ description: '登录用户名', examples: ['yejin-lina'] }),
    displayName: Type.String({ description: '联系人姓名', examples: ['李娜'] }),
    password: Type.String({ description: '一次性初始密码（仅显示这一次）' }),
    bindCode: Type.String({ description: '微信绑定码（仅显示这一次）' }),
    bindCodeExpiresAt: DateTime,
  }),
);
export type CreatedUnitContact = Static<typeof CreatedUnitContact>;

/** A bind code just issued (7 days, once). */
export const IssuedBindCode = named(
  'IssuedBindCode',
  Type.Object({
    bindCode: Type.String({ description: '微信绑定码（仅显示这一次）', examples: ['K7PQ2M9X'] }),
    expiresAt: DateTime,
  }),
);
export type IssuedBindCode = Static<typeof IssuedBindCode>;
