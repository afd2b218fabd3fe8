import { EXPERT_ASSESSMENT_STATUSES, EXPERT_TRAINING_STATUSES } from '@cacem/shared';
import { DateOnly, DateTime, Enum, Id, named, Nullable, Page, type Static, Type } from '../../common/contract/schema.js';

/** An expert of the pool (专家库). */
export const ExpertView = named(
  'ExpertView',
  Type.Object({
    id: Id,
    name: Type.String({ description: '姓名', examples: ['王建国'] }),
    mobile: Type.String({ description: '手机号', examples: ['13812345678'] }),
    enterpriseName: Type.String({ description: '所在企业', examples: ['中建一局集团'] }),
    enterpriseId: Nullable(Type.Integer({ description: '平台中的申报企业 id（按企业名称唯一关联；无则为 null）' })),
    recommendingUnitId: Type.Integer({ description: '推荐单位 id' }),
    recommendingUnitName: Nullable(Type.String({ description: '推荐单位名称' })),
    specialties: Type.Array(Type.String(), { description: '专业', examples: [['土建', '安装']] }),
    trainingStatus: Enum(EXPERT_TRAINING_STATUSES, { description: '培训状态：待培训（pending）或已培训（trained）' }),
    trainedAt: Nullable(Type.String({ ...DateOnly, description: '培训日期 yyyy-mm-dd' })),
    assessmentStatus: Enum(EXPERT_ASSESSMENT_STATUSES, { description: '考核结果：待考核（pending）、通过（passed）或未通过（failed）' }),
    assessedAt: Nullable(Type.String({ ...DateOnly, description: '考核日期 yyyy-mm-dd' })),
    active: Type.Boolean({ description: '是否启用' }),
    drawable: Type.Boolean({ description: '可抽取：启用、已培训且考核通过' }),
    userId: Nullable(Type.Integer({ description: '专家登录账号的 id（尚未开设为 null）' })),
    loginLockedUntil: Type.Optional(
      Nullable(Type.Unsafe<Date | string>({ ...DateTime, description: '仅列表中给出：登录因多次密码错误被锁定时，自动解锁的时间；未锁定为 null' })),
    ),
    createdAt: DateTime,
    updatedAt: DateTime,
  }),
);
export type ExpertView = Static<typeof ExpertView>;

export const ExpertPage = Page(ExpertView);
export type ExpertPage = Static<typeof ExpertPage>;

/** One problem of a rejected import row. */
export const ExpertImportRowError = Type.Object({
  column: Type.String({ description: '出问题的列名', examples: ['手机号'] }),
  message: Type.String({ description: '问题', examples: ['手机号应为 11 位，以 1 开头'] }),
});

/** POST /experts/import. */
export const ExpertImportReport = named(
  'ExpertImportReport',
  Type.Object({
    total: Type.Integer({ minimum: 0, description: '读到的数据行数（空行不计）' }),
    imported: Type.Integer({ minimum: 0, description: '新增的专家数' }),
    updated: Type.Integer({ minimum: 0, description: '手机号已在专家库中、按该行更新的专家数' }),
    rejected: Type.Array(
      Type.Object({ row: Type.Integer({ minimum: 1, description: '表格中的行号' }), errors: Type.Array(ExpertImportRowError) }),
      { description: '未导入的行及原因' },
    ),
  }),
);
export type ExpertImportReport = Static<typeof ExpertImportReport>;

/** POST /experts/:id/account. */
export const ExpertAccountView = named(
  'ExpertAccountView',
  Type.Object({
    expertId: Id,
    userId: Id,
    username: Type.String({ description: '登录用户名', examples: ['13812345678'] }),
    created: Type.Boolean({ description: 'true：新开设的账号；false：已有账号，重置了密码和绑定码' }),
    password: Type.String({ description: '一次性密码（仅此一次显示）', examples: ['PW7K2M9Q'] }),
    bindCode: Type.String({ description: '微信绑定码（仅此一次显示）', examples: ['B7K2M9QX'] }),
    bindCodeExpiresAt: Type.Unsafe<Date | string>({ ...DateTime, description: '绑定码失效时间（7 天）' }),
  }),
);
export type ExpertAccountView = Static<typeof ExpertAccountView>;
