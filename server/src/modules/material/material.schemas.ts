import { DateTime, Enum, Id, Items, named, type Static, Type } from '../../common/contract/schema.js';
import { MATERIAL_KINDS } from './material.entity.js';
import { PDF_MIME, PPT_MIME, PPTX_MIME } from './material-inspection.js';

/** The media types each kind of material may be (checked on the file's bytes, not its name). */
export const MATERIAL_MEDIA_TYPES = [PDF_MIME, PPTX_MIME, PPT_MIME] as const;

export const MaterialView = named(
  'MaterialView',
  Type.Object({
    id: Id,
    kind: Enum(MATERIAL_KINDS, { description: '材料类型：pdf 申报材料 / ppt 发布材料' }),
    version: Type.Integer({ minimum: 1, description: '第几版（重新上传加一版，最高者为当前版本）', examples: [2] }),
    originalName: Type.String({ description: '上传时的文件名', examples: ['钢筋加工班组申报材料.pdf'] }),
    mime: Type.String({ description: '按内容识别的文件格式', examples: [PDF_MIME] }),
    size: Type.Integer({ minimum: 0, description: '字节数' }),
    sha256: Type.String({ description: '文件内容的 SHA-256（十六进制）' }),
    uploadedAt: DateTime,
    url: Type.String({ description: '限时有效（10 分钟）的签名下载地址，无需登录' }),
  }),
);
export type MaterialView = Static<typeof MaterialView>;

/** A version in the list of all versions. */
export const MaterialVersion = named(
  'MaterialVersion',
  Type.Object({ ...MaterialView.properties, current: Type.Boolean({ description: '是否为该类型的当前版本' }) }),
);
export type MaterialVersion = Static<typeof MaterialVersion>;

export const MaterialVersionList = Items(MaterialVersion);
