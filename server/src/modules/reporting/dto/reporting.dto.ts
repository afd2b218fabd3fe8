import { APPLICATION_STATUSES, type ApplicationStatus } from '@cacem/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { OUTBOX_STATUSES, type OutboxStatus } from '../../notification/index.js';

/** Paging of every console list: page from 1, at most 100 rows a page. */
export class ConsolePageDto {
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, description: '第几页，从 1 起' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '页码应为整数' })
  @Min(1, { message: '页码应从 1 开始' })
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 20, minimum: 1, maximum: 100, description: '每页条数' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数应为整数' })
  @Min(1, { message: '每页条数至少为 1' })
  @Max(100, { message: '每页条数不能超过 100' })
  pageSize = 20;
}

export const CONSOLE_APPLICATION_SORTS = ['id', 'submittedAt', 'teamName', 'enterpriseName', 'unit', 'status', 'materialsScore', 'presentationScore', 'total'] as const;
export type ConsoleApplicationSort = (typeof CONSOLE_APPLICATION_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `status=a&status=b` and `status=a,b` alike: one list of trimmed, non-empty values. */
const listOf = ({ value }: { value: unknown }) => {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter((s) => s !== '') : [v]));
};

export class ConsoleApplicationsQueryDto extends ConsolePageDto {
  @ApiPropertyOptional({ enum: CONSOLE_APPLICATION_SORTS, default: 'submittedAt', description: '排序字段' })
  @IsOptional()
  @IsIn(CONSOLE_APPLICATION_SORTS, { message: '排序字段应为 id、submittedAt、teamName、enterpriseName、unit、status、materialsScore、presentationScore 或 total' })
  sort: ConsoleApplicationSort = 'submittedAt';

  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'desc', description: '升序（asc）或降序（desc）' })
  @IsOptional()
  @IsIn(SORT_ORDERS, { message: '排序方向应为 asc（升序）或 desc（降序）' })
  order: SortOrder = 'desc';

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, isArray: true, description: '申报状态；可重复或用逗号分隔多个' })
  @IsOptional()
  @Transform(listOf)
  @IsArray({ message: '申报状态应为状态列表' })
  @ArrayMaxSize(APPLICATION_STATUSES.length, { message: '申报状态过多' })
  @IsIn(APPLICATION_STATUSES, { each: true, message: '申报状态不正确' })
  status?: ApplicationStatus[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: '推荐单位 id' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '推荐单位 id 应为整数' })
  @Min(1, { message: '推荐单位 id 应为正整数' })
  unitId?: number;

  @ApiPropertyOptional({ maxLength: 60, description: '按班组名称或企业名称查找' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '查找内容应为文本' })
  @MaxLength(60, { message: '查找内容不能超过 60 个字' })
  q?: string;
}

export class ConsoleAuditQueryDto extends ConsolePageDto {
  @ApiPropertyOptional({ maxLength: 64, description: '操作人，如 user:1、card:B2026001、member:3' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '操作人应为文本' })
  @MaxLength(64, { message: '操作人不能超过 64 个字符' })
  actor?: string;

  @ApiPropertyOptional({ maxLength: 64, description: '操作（前缀匹配），如 application. 或 review.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '操作应为文本' })
  @MaxLength(64, { message: '操作不能超过 64 个字符' })
  action?: string;

  @ApiPropertyOptional({ maxLength: 40, description: '对象类型，如 application、panel、campaign' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '对象类型应为文本' })
  @MaxLength(40, { message: '对象类型不能超过 40 个字符' })
  entity?: string;

  @ApiPropertyOptional({ maxLength: 40, description: '对象 id' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '对象 id 应为文本' })
  @MaxLength(40, { message: '对象 id 不能超过 40 个字符' })
  entityId?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: '申报 id：该申报的全部记录（等同 entity=application 且 entityId=该 id）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '申报 id 应为整数' })
  @Min(1, { message: '申报 id 应为正整数' })
  applicationId?: number;

  @ApiPropertyOptional({ description: '起始时间（ISO 8601）；只写日期时为北京时间当日 0 时起' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '起始时间应为 ISO 8601 日期或时间，如 2026-07-01' })
  from?: string;

  @ApiPropertyOptional({ description: '截止时间（ISO 8601，含）；只写日期时含北京时间当日全天' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '截止时间应为 ISO 8601 日期或时间，如 2026-07-31' })
  to?: string;
}

export class ConsoleOutboxQueryDto extends ConsolePageDto {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES, description: '待发送 / 已发送 / 发送失败 / 被拒收；不填为全部' })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES, { message: '发送状态应为 pending、sent、failed 或 refused' })
  status?: OutboxStatus;
}

/** Matches a date without time (interpreted as a Beijing calendar day). */
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
