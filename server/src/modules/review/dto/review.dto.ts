import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { unprocessable } from '../../../common/domain.exception.js';
import { SCORE_KINDS, type ScoreKind } from '../score-sheet.entity.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The :kind path parameter: materials or presentation, else a 422 in Chinese. */
@Injectable()
export class ScoreKindPipe implements PipeTransform<string, ScoreKind> {
  transform(value: string): ScoreKind {
    if ((SCORE_KINDS as readonly string[]).includes(value)) return value as ScoreKind;
    throw unprocessable('FIELD_INVALID', 'kind', '评分类别应为 materials（资料审核）或 presentation（成果发布）');
  }
}

export class ScoreSheetDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: '各评分项得分，键为评分项编号；草稿可缺项', example: { 'm-1': 4.5 } })
  @IsObject({ message: '评分应为「评分项编号: 分数」的对象' })
  scores: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: '各评分项的评语，键为评分项编号' })
  @IsOptional()
  @IsObject({ message: '评语应为「评分项编号: 评语」的对象' })
  comments?: Record<string, unknown>;

  @ApiPropertyOptional({ description: '总体评语' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '总体评语应为文本' })
  @MaxLength(1000, { message: '总体评语不能超过 1000 字' })
  overallComment?: string;

  @ApiPropertyOptional({ description: '读取时的版本号；与当前版本不符时拒绝保存（防止两台设备互相覆盖）' })
  @IsOptional()
  @IsInt({ message: '版本号应为整数' })
  @Min(0, { message: '版本号应为整数' })
  version?: number;
}

export class ReturnSheetDto {
  @ApiProperty({ description: '退回原因（被退回的专家可见，记入审计日志）' })
  @Transform(trimmed)
  @IsString({ message: '退回原因应为文本' })
  @Matches(/\S/, { message: '退回评分须填写原因' })
  @MaxLength(500, { message: '退回原因不能超过 500 字' })
  reason: string;
}

export class DecideScoreChangeDto {
  @ApiProperty({ enum: ['approved', 'rejected'], description: '审核结论：同意更正（approved，新评分生效）或不同意（rejected，维持退回前的评分）' })
  @IsIn(['approved', 'rejected'], { message: '审核结论应为同意（approved）或不同意（rejected）' })
  decision: 'approved' | 'rejected';

  @ApiProperty({ description: '审核意见（必填，专家与组长可见，记入审计日志）' })
  @Transform(trimmed)
  @IsString({ message: '审核意见应为文本' })
  @Matches(/\S/, { message: '请填写审核意见' })
  @MaxLength(500, { message: '审核意见不能超过 500 字' })
  note: string;
}
