import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto.js';

export const SCREENING_FILTERS = ['recommended', 'screened_in', 'screened_out'] as const;
export type ScreeningFilter = (typeof SCREENING_FILTERS)[number];

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListScreeningDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SCREENING_FILTERS, description: '待初选 / 初选合格 / 初选淘汰；不填为全部' })
  @IsOptional()
  @IsIn(SCREENING_FILTERS, { message: '状态应为 recommended、screened_in 或 screened_out' })
  status?: ScreeningFilter;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: '推荐单位 id' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '推荐单位 id 应为整数' })
  @Min(1, { message: '推荐单位 id 应为正整数' })
  unitId?: number;

  @ApiPropertyOptional({ maxLength: 60, description: '按班组名称或企业名称查找' })
  @IsOptional()
  @IsString({ message: '查找内容应为文本' })
  @MaxLength(60, { message: '查找内容不能超过 60 个字' })
  q?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true 只看自动检查无问题的，false 只看有问题的；不填为全部' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'clean 应为 true 或 false' })
  clean?: boolean;
}

export class ScreeningDecisionDto {
  @ApiProperty({ enum: ['pass', 'eliminate'], description: '初选结论：通过（pass）或淘汰（eliminate）' })
  @IsIn(['pass', 'eliminate'], { message: '初选结论应为通过（pass）或淘汰（eliminate）' })
  decision: 'pass' | 'eliminate';

  @ApiPropertyOptional({
    description: '淘汰的原因（必填，班组可在进度和消息中看到）；或带问题通过初选的理由（override 时必填，仅记入审计日志）',
    maxLength: 500,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '原因应为文本' })
  @MaxLength(500, { message: '原因不能超过 500 个字' })
  reason?: string;

  @ApiPropertyOptional({ description: '自动检查发现问题，秘书处核实后仍予通过时为 true（须填写理由）' })
  @IsOptional()
  @IsBoolean({ message: 'override 应为 true 或 false' })
  override?: boolean;
}

export class BulkPassDto {
  @ApiPropertyOptional({ type: 'integer', isArray: true, maxItems: 1000, description: '要通过初选的申报 id；不填为本届全部待初选的申报' })
  @IsOptional()
  @IsArray({ message: '请列出要通过初选的申报' })
  @ArrayMaxSize(1000, { message: '一次最多 1000 份申报' })
  @IsInt({ each: true, message: '申报 id 应为整数' })
  applicationIds?: number[];
}
