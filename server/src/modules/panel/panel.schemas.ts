import { DateTime, Enum, Id, Items, named, Nullable, type Static, Type } from '../../common/contract/schema.js';

/** 专家在组内的角色。 */
export const PANEL_ROLES = ['leader', 'member'] as const;

const ExpertRef = Type.Object({
  id: Id,
  name: Nullable(Type.String({ description: '专家姓名（专家已删除为 null）', examples: ['张工'] })),
});

/** `replacement: true` marks an expert drawn in place of a removed one (第十六条). */
export const PanelExpertView = named(
  'PanelExpertView',
  Type.Object({
    ...ExpertRef.properties,
    replacement: Type.Optional(Type.Literal(true, { description: '因专家替换（第十六条）而进入本组的专家；否则不出现' })),
  }),
);
export type PanelExpertView = Static<typeof PanelExpertView>;

const PanelApplication = Type.Object({
  id: Id,
  teamName: Nullable(Type.String({ description: '班组名称', examples: ['钢筋加工班组'] })),
});

export const PanelView = named(
  'PanelView',
  Type.Object({
    panelNo: Type.Integer({ minimum: 1, description: '组号，从 1 起', examples: [1] }),
    leader: PanelExpertView,
    members: Type.Array(PanelExpertView, { description: '组员（不含组长）' }),
    applications: Type.Array(PanelApplication, { description: '本组评审的申报' }),
  }),
);
export type PanelView = Static<typeof PanelView>;

/** 专家替换 (第十六条): who left which panel, who took the place (null: the panel goes on one short), why and when. */
export const DrawReplacementView = named(
  'DrawReplacementView',
  Type.Object({
    id: Id,
    panelNo: Type.Integer({ minimum: 1, description: '组号' }),
    removedExpert: ExpertRef,
    replacementExpert: Nullable(ExpertRef),
    reason: Type.String({ description: '替换原因' }),
    seed: Type.String({ description: '替换抽取的种子（可据此复核）' }),
    replacedAt: DateTime,
    replacedBy: Type.String({ description: '操作人' }),
  }),
);
export type DrawReplacementView = Static<typeof DrawReplacementView>;

export const DrawSummary = named(
  'DrawSummary',
  Type.Object({
    id: Id,
    campaignId: Id,
    seed: Type.String({ description: '抽取种子（公开，可据此复核）', examples: ['3f9a0c1d2e4b5a6978877665544332211'] }),
    panelCount: Type.Integer({ minimum: 1, description: '专家组数', examples: [3] }),
    panelSize: Type.Integer({ minimum: 1, description: '每组专家人数（含组长）', examples: [5] }),
    expertCount: Type.Integer({ minimum: 0, description: '抽取时可抽取的专家人数' }),
    applicationCount: Type.Integer({ minimum: 0, description: '分配的申报数' }),
    drawnAt: DateTime,
    drawnBy: Type.String({ description: '抽取人' }),
    verifiedAt: Nullable(DateTime),
  }),
);
export type DrawSummary = Static<typeof DrawSummary>;

export const DrawList = Items(DrawSummary);

export const DrawView = named(
  'DrawView',
  Type.Object({
    ...DrawSummary.properties,
    panels: Type.Array(PanelView, { description: '各组现状：抽取结果依次应用专家替换后' }),
    replacements: Type.Array(DrawReplacementView),
  }),
);
export type DrawView = Static<typeof DrawView>;

export const VerifyDifference = named(
  'DrawVerifyDifference',
  Type.Object({
    panelNo: Type.Integer({ minimum: 0, description: '组号，从 1 起；重新抽取失败或组数不同时为 0' }),
    replacementId: Type.Optional(Type.Integer({ minimum: 1, description: '差异出在某次专家替换的复核时，该替换的编号' })),
    // Open on purpose: a stored panel / draw result / replacement outcome, or the re-run's error text.
    stored: Type.Unknown({ description: '保存的结果（一组、整次抽取或一次替换的结果）' }),
    recomputed: Type.Unknown({ description: '重新抽取的结果；重新抽取失败时为错误说明' }),
  }),
);
export type VerifyDifference = Static<typeof VerifyDifference>;

export const VerifyResult = named(
  'DrawVerifyResult',
  Type.Object({
    verified: Type.Boolean({ description: '重新抽取与保存的结果一致', examples: [true] }),
    differences: Type.Optional(Type.Array(VerifyDifference, { description: '不一致之处（一致时不出现）' })),
  }),
);
export type VerifyResult = Static<typeof VerifyResult>;

/** 专家本人所在的一个组。 */
export const MyPanel = named(
  'MyPanelView',
  Type.Object({
    panelNo: Type.Integer({ minimum: 1, description: '组号', examples: [2] }),
    role: Enum(PANEL_ROLES, { description: '本人在组内的角色' }),
    roleLabel: Type.String({ description: '角色的中文名', examples: ['组长'] }),
    leader: Type.Object({ name: Nullable(Type.String({ description: '组长姓名' })) }),
    members: Type.Array(Type.Object({ name: Nullable(Type.String({ description: '组员姓名' })) })),
    applications: Type.Array(PanelApplication, { description: '本组评审的申报' }),
  }),
);
export type MyPanel = Static<typeof MyPanel>;

export const MyPanels = named(
  'MyPanels',
  Type.Object({
    drawId: Nullable(Type.Integer({ minimum: 1, description: '最近一次抽取的编号（尚未抽取为 null）' })),
    drawnAt: Nullable(DateTime),
    panels: Type.Array(MyPanel, { description: '本人所在的组（未被抽中为空）' }),
  }),
);
export type MyPanels = Static<typeof MyPanels>;
