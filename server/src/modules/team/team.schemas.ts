import { APPLICATION_STATUSES, TEAM_KINDS } from '@cacem/shared';
import { DateTime, Enum, Id, Items, named, Nullable, type Static, Type } from '../../common/contract/schema.js';

export const TeamView = named(
  'TeamView',
  Type.Object({
    id: Id,
    name: Type.String({ description: '班组名称', examples: ['钢筋加工班组'] }),
    kind: Enum(TEAM_KINDS, { description: '班组类型' }),
    kindLabel: Type.String({ description: '班组类型的中文名', examples: ['施工班组'] }),
    createdAt: DateTime,
    applicationId: Nullable(Type.Integer({ description: '本届申报的编号（尚未申报为 null）' })),
    applicationStatus: Nullable(Enum(APPLICATION_STATUSES, { description: '本届申报的状态（尚未申报为 null）' })),
    applicationStatusLabel: Type.String({ description: '本届申报状态的中文名', examples: ['未申报'] }),
  }),
);
export type TeamView = Static<typeof TeamView>;

export const TeamList = Items(TeamView);

export const TeamDetail = named('TeamDetail', Type.Object({ ...TeamView.properties, memberCount: Type.Integer({ minimum: 0, description: '在册成员人数' }) }));
export type TeamDetail = Static<typeof TeamDetail>;
