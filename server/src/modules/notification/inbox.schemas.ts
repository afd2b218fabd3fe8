import { DateTime, Id, named, Nullable, Page, type Static, Type } from '../../common/contract/schema.js';

export const InboxMessageView = named(
  'InboxMessageView',
  Type.Object({
    id: Id,
    title: Type.String({ description: '标题', examples: ['申报已提交'] }),
    body: Type.String({ description: '正文' }),
    applicationId: Nullable(Type.Integer({ description: '相关申报（无则为 null）' })),
    createdAt: DateTime,
    readAt: Nullable(DateTime),
  }),
);
export type InboxItem = Static<typeof InboxMessageView>;

export const InboxPage = named(
  'InboxPage',
  Type.Object({ ...Page(InboxMessageView).properties, unread: Type.Integer({ minimum: 0, description: '未读消息数' }) }),
);
export type InboxPage = Static<typeof InboxPage>;
