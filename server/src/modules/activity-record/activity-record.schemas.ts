import { ACTIVITY_KINDS } from '@cacem/shared';
import { DateOnly, DateTime, Enum, Id, named, Page, type Static, Type } from '../../common/contract/schema.js';

/** The media types a record's photo may be (checked on the file's bytes). */
export const PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const ActivityRecordSummary = named(
  'ActivityRecordSummary',
  Type.Object({
    id: Id,
    clientKey: Type.String({ description: '手机端生成的记录编号（重发时不变）', examples: ['6f1c2a9e-3b7d-4c55-9a1e-2f0b8d7c6e54'] }),
    date: { ...DateOnly, description: '活动日期', examples: ['2026-06-12'] },
    kind: Enum(ACTIVITY_KINDS, { description: '活动类型' }),
    kindLabel: Type.String({ description: '活动类型的中文名', examples: ['班前会'] }),
    content: Type.String({ description: '活动内容' }),
    place: Type.String({ description: '地点', examples: ['3号楼 5 层'] }),
    attendeeIds: Type.Array(Id, { description: '参加人员（成员编号）' }),
    attendeeCount: Type.Integer({ minimum: 0, description: '参加人数' }),
    photoCount: Type.Integer({ minimum: 0, description: '照片张数' }),
    createdByName: Type.String({ description: '记录人', examples: ['张建国'] }),
    createdAt: DateTime,
  }),
);
export type ActivityRecordSummary = Static<typeof ActivityRecordSummary>;

export const ActivityRecordPage = named('ActivityRecordPage', Page(ActivityRecordSummary));

export const RecordPhotoView = named(
  'RecordPhotoView',
  Type.Object({
    id: Id,
    photoKey: Type.String({ description: '手机端生成的照片编号（重发时不变）' }),
    mime: Type.String({ description: '照片格式（按内容识别：image/jpeg、image/png 或 image/webp）', examples: ['image/jpeg'] }),
    size: Type.Integer({ minimum: 0, description: '字节数' }),
    url: Type.String({ description: '限时有效的签名下载地址' }),
  }),
);
export type RecordPhotoView = Static<typeof RecordPhotoView>;

export const RecordAttendee = named(
  'RecordAttendee',
  Type.Object({
    id: Id,
    name: Type.String({ description: '姓名' }),
    removed: Type.Boolean({ description: '此后已从班组移除' }),
  }),
);

export const ActivityRecordDetail = named(
  'ActivityRecordDetail',
  Type.Object({
    ...ActivityRecordSummary.properties,
    attendees: Type.Array(RecordAttendee, { description: '参加人员（含此后移除的成员）' }),
    photos: Type.Array(RecordPhotoView),
  }),
);
export type ActivityRecordDetail = Static<typeof ActivityRecordDetail>;
