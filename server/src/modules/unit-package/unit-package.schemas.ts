import { DateTime, named, Nullable, type Static, Type } from '../../common/contract/schema.js';

/** An uploaded PDF of the package: the recommendation letter or the excellent-list notice (its current version). */
export const UnitPackageFileView = named(
  'UnitPackageFileView',
  Type.Object({
    version: Type.Integer({ minimum: 1, description: '第几次上传' }),
    originalName: Type.String({ description: '上传时的文件名', examples: ['推荐函.pdf'] }),
    size: Type.Integer({ minimum: 0, description: '字节数' }),
    pageCount: Type.Integer({ minimum: 1, description: '页数' }),
    uploadedAt: DateTime,
    url: Type.String({ description: '签名的下载地址（有时效）' }),
  }),
);
export type UnitPackageFileView = Static<typeof UnitPackageFileView>;

/** One built version of the package PDF: letter + statistics sheet + excellent-list notice, named after the unit. */
export const BuiltUnitPackage = named(
  'BuiltUnitPackage',
  Type.Object({
    version: Type.Integer({ minimum: 1, description: '第几次合成' }),
    fileName: Type.String({ description: '文件名（推荐单位名称.pdf）', examples: ['中国冶金建设协会.pdf'] }),
    size: Type.Integer({ minimum: 0, description: '字节数' }),
    pageCount: Type.Integer({ minimum: 1, description: '页数' }),
    builtAt: DateTime,
    url: Type.String({ description: '签名的下载地址（有时效）' }),
  }),
);
export type BuiltUnitPackage = Static<typeof BuiltUnitPackage>;

/** The unit's package: the uploaded files, the current built version and every version built. */
export const UnitPackageView = named(
  'UnitPackageView',
  Type.Object({
    letter: Nullable(UnitPackageFileView),
    excellentList: Nullable(UnitPackageFileView),
    current: Nullable(BuiltUnitPackage),
    history: Type.Array(BuiltUnitPackage, { description: '历次合成的版本，新的在前' }),
  }),
);
export type UnitPackageView = Static<typeof UnitPackageView>;

export const UploadedLetter = Type.Object({ letter: UnitPackageFileView });
export type UploadedLetter = Static<typeof UploadedLetter>;

export const UploadedExcellentList = Type.Object({ excellentList: UnitPackageFileView });
export type UploadedExcellentList = Static<typeof UploadedExcellentList>;
