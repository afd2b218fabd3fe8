import { type Grade, GRADES } from '@cacem/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AdjustGradeDto {
  @ApiProperty({ enum: GRADES, description: '决定的等级：excellent 卓越级 / exemplary 示范级 / improving 改进级' })
  @IsIn(GRADES, { message: '等级应为 excellent（卓越级）、exemplary（示范级）或 improving（改进级）' })
  grade: Grade;

  @ApiProperty({ description: '调整或打破并列的理由（记入审计日志）', maxLength: 500 })
  @Transform(trimmed)
  @IsString({ message: '理由应为文本' })
  @Matches(/\S/, { message: '调整等级须填写理由' })
  @MaxLength(500, { message: '理由不能超过 500 字' })
  reason: string;

  @ApiPropertyOptional({ description: '读取时该行的版本号；不符则拒绝（另一位同事已修改）', type: 'integer', minimum: 1 })
  @IsOptional()
  @IsInt({ message: '版本号应为整数' })
  @Min(1, { message: '版本号应为正整数' })
  version?: number;
}

export class ReconfirmGradingDto {
  @ApiProperty({ description: '重新确认的理由（记入审计日志）', maxLength: 500 })
  @Transform(trimmed)
  @IsString({ message: '理由应为文本' })
  @Matches(/\S/, { message: '重新确认等级须填写理由' })
  @MaxLength(500, { message: '理由不能超过 500 字' })
  reason: string;
}
