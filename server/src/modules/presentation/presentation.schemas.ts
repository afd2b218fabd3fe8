import { APPLICATION_STATUSES } from '@cacem/shared';
import { DateOnly, DateTime, Enum, Id, Items, named, Nullable, type Static, Type } from '../../common/contract/schema.js';
import { PanelRoleField, SheetStateField } from '../review/index.js';
import { SESSION_STATUSES } from './presentation-session.entity.js';
import { SLOT_OUTCOMES } from './presentation-slot.entity.js';

export const PresentationSlotView = named(
  'PresentationSlotView',
  Type.Object({
    position: Type.Integer({ minimum: 1, description: '发布顺序，从 1 起', examples: [1] }),
    applicationId: Id,
    teamName: Type.String({ examples: ['钢筋加工班组'] }),
    enterpriseName: Type.String(),
    status: Nullable(Enum(APPLICATION_STATUSES, { description: '申报状态' })),
    outcome: Enum(SLOT_OUTCOMES, { description: '发布结果：pending 待发布，presented 已发布，absent 未到场，forfeited 视同放弃' }),
    outcomeLabel: Type.String({ examples: ['待发布'] }),
    submittedCount: Type.Integer({ minimum: 0, description: '已提交发布评分的专家人数' }),
    score: Nullable(Type.Number({ description: '闭会后汇总的发布评分' })),
    mySheet: Type.Optional(
      Type.Object(
        { status: SheetStateField, total: Nullable(Type.Number({ description: '本人已提交的总分' })) },
        { description: '专家本人对该班组的评分状态（仅专家查看时有）' },
      ),
    ),
  }),
);
export type PresentationSlotView = Static<typeof PresentationSlotView>;

export const PresentationSession = named(
  'PresentationSession',
  Type.Object({
    id: Id,
    title: Type.String({ description: '场次名称', examples: ['第一场（土建）'] }),
    date: DateOnly,
    venue: Type.String({ description: '地点', examples: ['第一会议室'] }),
    drawId: Id,
    panelNo: Type.Integer({ minimum: 1, description: '评审的专家组号' }),
    status: Enum(SESSION_STATUSES, { description: 'scheduled 待发布，closed 已闭会' }),
    statusLabel: Type.String({ examples: ['待发布'] }),
    closedAt: Nullable(DateTime),
    version: Type.Integer({ minimum: 1 }),
    slots: Type.Array(PresentationSlotView),
    role: Type.Optional(PanelRoleField),
  }),
);
export type PresentationSession = Static<typeof PresentationSession>;

export const PresentationSessionList = Items(PresentationSession);
export type PresentationSessionList = Static<typeof PresentationSessionList>;

export const CloseSessionResult = named(
  'CloseSessionResult',
  Type.Object({
    presented: Type.Array(Type.Object({ applicationId: Id, score: Type.Number({ description: '发布评分' }) }), { description: '已发布并汇总评分的班组' }),
    forfeited: Type.Array(Id, { description: '视同放弃的申报' }),
    session: PresentationSession,
  }),
);
export type CloseSessionResult = Static<typeof CloseSessionResult>;
