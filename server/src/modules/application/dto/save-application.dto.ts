import { MOBILE_PATTERN } from '@cacem/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/** 报名表: a draft may leave any of it empty; submitting needs all of it. */
export class ApplicationProfileDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: '班组长姓名', example: '王建国' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '班组长姓名应为文本' })
  @MaxLength(30, { message: '班组长姓名不能超过 30 个字' })
  leaderName: string | null = null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '班组长手机号', example: '13800138000' })
  @IsOptional()
  @Transform(trimmed)
  @Matches(MOBILE_PATTERN, { message: '手机号应为 11 位数字' })
  leaderMobile: string | null = null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '班组人数', example: 12 })
  @IsOptional()
  @IsInt({ message: '班组人数应为整数' })
  @Min(1, { message: '班组人数至少为 1' })
  @Max(500, { message: '班组人数不能超过 500' })
  memberCount: number | null = null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '专业/工种', example: '钢筋工程' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '专业应为文本' })
  @MaxLength(50, { message: '专业不能超过 50 个字' })
  specialty: string | null = null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '所在工程项目名称' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '工程项目名称应为文本' })
  @MaxLength(100, { message: '工程项目名称不能超过 100 个字' })
  projectName: string | null = null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '班组简介' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '班组简介应为文本' })
  @MaxLength(2000, { message: '班组简介不能超过 2000 个字' })
  introduction: string | null = null;
}

export class ApplicationDeclarationsDto {
  @ApiProperty({ type: Boolean, description: '本班组为企业最基础的正式组织单元' })
  @IsBoolean({ message: '请选择是或否' })
  isBasicFormalUnit = false;

  @ApiProperty({ type: Boolean, description: '班组近三年无质量、安全、环保事故' })
  @IsBoolean({ message: '请选择是或否' })
  declaresNoAccidentsInThreeYears = false;

  @ApiProperty({ type: Boolean, description: '已制定班组活动计划' })
  @IsBoolean({ message: '请选择是或否' })
  hasActivityPlan = false;

  @ApiProperty({ type: Boolean, description: '已制定班组活动实施方案' })
  @IsBoolean({ message: '请选择是或否' })
  hasImplementationPlan = false;
}

export class SaveApplicationDto {
  @ApiPropertyOptional({ type: Number, nullable: true, description: '推荐单位 id（附件2 名单）' })
  @IsOptional()
  @IsInt({ message: '请选择推荐单位' })
  recommendingUnitId: number | null = null;

  @ApiProperty({ type: () => ApplicationProfileDto })
  @IsDefined({ message: '请填写报名表' })
  @ValidateNested()
  @Type(() => ApplicationProfileDto)
  profile: ApplicationProfileDto;

  @ApiProperty({ type: () => ApplicationDeclarationsDto })
  @IsDefined({ message: '请填写声明事项' })
  @ValidateNested()
  @Type(() => ApplicationDeclarationsDto)
  declarations: ApplicationDeclarationsDto;

  @ApiPropertyOptional({
    type: Number,
    description: '所修改草稿的版本号（读取申报时得到）：两人同时修改时，后保存的一方得到 409 APPLICATION_CHANGED，而不会悄悄覆盖对方的修改',
  })
  @IsOptional()
  @IsInt({ message: '版本号应为整数' })
  @Min(1, { message: '版本号应为正整数' })
  version?: number;
}
