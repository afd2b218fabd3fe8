import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { KEPT_SHEET_DECISION_STATUSES, type KeptSheetDecisionStatus } from '../kept-sheet-decision-status.js';
import { MISCONDUCT_CASE_STATUSES, MISCONDUCT_KINDS, type MisconductCaseStatus, type MisconductKind } from '../misconduct-case.entity.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class OpenCaseDto {
  @ApiProperty({ description: '涉及的申报 id' })
  @IsInt({ message: '申报 id 应为整数' })
  @Min(1, { message: '申报 id 应为正整数' })
  applicationId: number;

  @ApiProperty({ enum: MISCONDUCT_KINDS, description: '违规类型：剽窃（plagiarism）或弄虚作假（fraud）' })
  @IsIn(MISCONDUCT_KINDS, { message: '违规类型应为剽窃（plagiarism）或弄虚作假（fraud）' })
  kind: MisconductKind;

  @ApiProperty({ description: '问题线索与情况说明', maxLength: 2000 })
  @Transform(trimmed)
  @IsString({ message: '情况说明应为文本' })
  @MaxLength(2000, { message: '情况说明不能超过 2000 个字' })
  @Matches(/\S/, { message: '请填写情况说明' })
  description: string;
}

export class ListCasesDto {
  @ApiPropertyOptional({ enum: MISCONDUCT_CASE_STATUSES, description: '查处中 / 经查实 / 不予认定；不填为全部' })
  @IsOptional()
  @IsIn(MISCONDUCT_CASE_STATUSES, { message: '案件状态应为 open、upheld 或 dismissed' })
  status?: MisconductCaseStatus;
}

export class DecideCaseDto {
  @ApiProperty({ enum: ['upheld', 'dismissed'], description: '处理决定：经查实（upheld，取消活动资格并警示推荐单位）或不予认定（dismissed）' })
  @IsIn(['upheld', 'dismissed'], { message: '处理决定应为经查实（upheld）或不予认定（dismissed）' })
  decision: 'upheld' | 'dismissed';

  @ApiProperty({ description: '处理理由（必填；经查实时班组可在进度和消息中看到）', maxLength: 500 })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '处理理由应为文本' })
  @MaxLength(500, { message: '处理理由不能超过 500 个字' })
  reason?: string;

  @ApiProperty({ description: '决定日期 yyyy-mm-dd' })
  @IsString({ message: '决定日期应为 yyyy-mm-dd' })
  @Matches(DATE, { message: '决定日期应为 yyyy-mm-dd' })
  decidedOn: string;
}

export class ListWarningsDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: '推荐单位 id；不填为全部' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '推荐单位 id 应为整数' })
  @Min(1, { message: '推荐单位 id 应为正整数' })
  unitId?: number;
}

export class RemoveExpertDto {
  @ApiProperty({ description: '取消专家资格的原因（违反相关规定的情况）', maxLength: 500 })
  @Transform(trimmed)
  @IsString({ message: '原因应为文本' })
  @MaxLength(500, { message: '原因不能超过 500 个字' })
  @Matches(/\S/, { message: '请填写取消专家资格的原因' })
  reason: string;
}

export class ListKeptSheetDecisionsDto {
  @ApiPropertyOptional({ enum: KEPT_SHEET_DECISION_STATUSES, description: '待决定（pending）/ 评分维持有效（stand）/ 评分不予采用（exclude）；不填为全部' })
  @IsOptional()
  @IsIn(KEPT_SHEET_DECISION_STATUSES, { message: '决定状态应为 pending、stand 或 exclude' })
  status?: KeptSheetDecisionStatus;
}

export class DecideKeptSheetsDto {
  @ApiProperty({ enum: ['stand', 'exclude'], description: '评分维持有效（stand）或不予采用（exclude：作废这些评分表并按其余专家的评分重新汇总）' })
  @IsIn(['stand', 'exclude'], { message: '决定应为评分维持有效（stand）或不予采用（exclude）' })
  decision: 'stand' | 'exclude';

  @ApiProperty({ description: '决定理由（必填，记入审计日志）', maxLength: 500 })
  @Transform(trimmed)
  @IsString({ message: '决定理由应为文本' })
  @MaxLength(500, { message: '决定理由不能超过 500 个字' })
  @Matches(/\S/, { message: '请填写决定理由' })
  reason: string;

  @ApiPropertyOptional({ description: '读取时的版本号；不符则拒绝（另一位同事已处理）' })
  @IsOptional()
  @IsInt({ message: '版本号应为整数' })
  @Min(1, { message: '版本号应为正整数' })
  version?: number;
}
