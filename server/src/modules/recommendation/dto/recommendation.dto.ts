import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto.js';

export const DECISION_FILTERS = ['submitted', 'recommended', 'declined'] as const;
export type DecisionFilter = (typeof DECISION_FILTERS)[number];

export class ListUnitApplicationsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DECISION_FILTERS, description: '待推荐 / 已推荐 / 未获推荐；不填为全部' })
  @IsOptional()
  @IsIn(DECISION_FILTERS, { message: '状态应为 submitted、recommended 或 declined' })
  status?: DecisionFilter;

  @ApiPropertyOptional({ description: '按班组名称或企业名称查找' })
  @IsOptional()
  @IsString({ message: '查找内容应为文本' })
  @MaxLength(60, { message: '查找内容不能超过 60 个字' })
  q?: string;
}

export class RecommendDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: '在本单位已推荐申报中的推荐顺序（1 为第一）；不填排在最后', example: 3 })
  @IsOptional()
  @IsInt({ message: '推荐顺序应为整数' })
  @Min(1, { message: '推荐顺序从 1 开始' })
  preference?: number;
}

export class DeclineDto {
  @ApiProperty({ description: '不予推荐的原因（班组可在进度和消息中看到）', maxLength: 500 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty({ message: '请填写不予推荐的原因' })
  @IsString({ message: '原因应为文本' })
  @MaxLength(500, { message: '原因不能超过 500 个字' })
  reason: string;
}

export class PreferencesDto {
  @ApiProperty({ type: [Number], description: '本单位已推荐申报的 id，按推荐顺序排列' })
  @IsArray({ message: '请按推荐顺序列出申报' })
  @ArrayMaxSize(1000, { message: '申报过多' })
  @IsInt({ each: true, message: '申报 id 应为整数' })
  applicationIds: number[];
}

export class SecretariatDecisionDto {
  @ApiProperty({ enum: ['recommend', 'decline'], description: '秘书处改定的推荐结果' })
  @IsIn(['recommend', 'decline'], { message: '决定应为推荐（recommend）或不推荐（decline）' })
  decision: 'recommend' | 'decline';

  @ApiProperty({ description: '改定的原因（记入审计日志，班组可在进度和消息中看到）', maxLength: 500 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty({ message: '请填写改定的原因' })
  @IsString({ message: '原因应为文本' })
  @MaxLength(500, { message: '原因不能超过 500 个字' })
  reason: string;
}
