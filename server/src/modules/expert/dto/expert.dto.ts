import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { EXPERT_ASSESSMENT_STATUSES, EXPERT_TRAINING_STATUSES, type ExpertAssessmentStatus, type ExpertTrainingStatus, MOBILE_PATTERN } from '@cacem/shared';
import { PageQueryDto } from '../../../common/page-query.dto.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** POST /experts and PUT /experts/:id: the whole record (PUT replaces it). */
export class SaveExpertDto {
  @ApiProperty({ description: '姓名', example: '王建国' })
  @Transform(trimmed)
  @IsNotEmpty({ message: '请填写专家姓名' })
  @IsString({ message: '姓名应为文本' })
  @MaxLength(50, { message: '姓名不能超过 50 个字' })
  name: string;

  @ApiProperty({ description: '手机号（11 位）', example: '13812345678' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value))
  @IsNotEmpty({ message: '请填写手机号' })
  @Matches(MOBILE_PATTERN, { message: '手机号应为 11 位，以 1 开头' })
  mobile: string;

  @ApiProperty({ description: '所在企业', example: '中建一局集团' })
  @Transform(trimmed)
  @IsNotEmpty({ message: '请填写所在企业' })
  @IsString({ message: '所在企业应为文本' })
  @MaxLength(100, { message: '所在企业不能超过 100 个字' })
  enterpriseName: string;

  @ApiPropertyOptional({ type: 'integer', description: '平台中的申报企业 id；不填则按企业名称自动关联（如有同名企业）', nullable: true })
  @IsOptional()
  @IsInt({ message: '企业 id 应为整数' })
  enterpriseId?: number | null;

  @ApiProperty({ description: '推荐单位 id' })
  @IsInt({ message: '请选择推荐单位' })
  recommendingUnitId: number;

  @ApiProperty({ type: [String], description: '专业', example: ['土建', '安装'] })
  @IsArray({ message: '专业应为列表' })
  @ArrayMinSize(1, { message: '请至少填写一个专业' })
  @ArrayMaxSize(20, { message: '专业不能超过 20 个' })
  @IsString({ each: true, message: '专业应为文本' })
  @MaxLength(50, { each: true, message: '每个专业不能超过 50 个字' })
  specialties: string[];

  @ApiProperty({ enum: EXPERT_TRAINING_STATUSES, description: '培训状态' })
  @IsIn(EXPERT_TRAINING_STATUSES, { message: '培训状态应为 pending 或 trained' })
  trainingStatus: ExpertTrainingStatus;

  @ApiPropertyOptional({ type: String, description: '培训日期 yyyy-mm-dd；空白视为未填', nullable: true })
  @IsOptional()
  @Transform(blankToNull)
  @Matches(DATE, { message: '培训日期应为 yyyy-mm-dd' })
  trainedAt?: string | null;

  @ApiProperty({ enum: EXPERT_ASSESSMENT_STATUSES, description: '考核结果' })
  @IsIn(EXPERT_ASSESSMENT_STATUSES, { message: '考核结果应为 pending、passed 或 failed' })
  assessmentStatus: ExpertAssessmentStatus;

  @ApiPropertyOptional({ type: String, description: '考核日期 yyyy-mm-dd；空白视为未填', nullable: true })
  @IsOptional()
  @Transform(blankToNull)
  @Matches(DATE, { message: '考核日期应为 yyyy-mm-dd' })
  assessedAt?: string | null;

  @ApiPropertyOptional({ type: Boolean, description: '是否启用；不填为启用（true）' })
  @IsOptional()
  @IsBoolean({ message: '是否启用应为 true 或 false' })
  active?: boolean;
}

export class ListExpertsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '按姓名、手机号、所在企业或专业查找' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '查找内容应为文本' })
  @MaxLength(50, { message: '查找内容不能超过 50 个字' })
  q?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: '推荐单位 id' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '推荐单位 id 应为整数' })
  @Min(1, { message: '推荐单位 id 应为正整数' })
  unitId?: number;

  @ApiPropertyOptional({ type: Boolean, description: '可抽取（启用、已培训、考核通过）' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'drawable 应为 true 或 false' })
  drawable?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: '是否启用' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'active 应为 true 或 false' })
  active?: boolean;
}

export class ExpertAccountDto {
  @ApiPropertyOptional({ description: '登录用户名（字母、数字、._-，3–50 位）；不填为专家手机号。已开设账号时忽略', example: '13812345678' })
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^[A-Za-z0-9._-]{3,50}$/, { message: '用户名应为 3–50 位字母、数字或 ._-' })
  username?: string;
}
