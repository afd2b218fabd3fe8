import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateDrawDto {
  @ApiProperty({ description: '专家组数', type: 'integer', minimum: 1, maximum: 100, example: 3 })
  @IsInt({ message: '专家组数应为整数' })
  @Min(1, { message: '专家组数至少为 1' })
  @Max(100, { message: '专家组数不能超过 100' })
  panelCount: number;

  @ApiProperty({ description: '每组专家人数（含组长 1 人）', type: 'integer', minimum: 1, maximum: 50, example: 5 })
  @IsInt({ message: '每组专家人数应为整数' })
  @Min(1, { message: '每组专家人数至少为 1' })
  @Max(50, { message: '每组专家人数不能超过 50' })
  panelSize: number;

  @ApiPropertyOptional({ description: '抽取种子（公开，可据此复核）；不填则随机生成 128 位十六进制数', maxLength: 100 })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '抽取种子应为文本' })
  @MaxLength(100, { message: '抽取种子不能超过 100 个字符' })
  @Matches(/\S/, { message: '抽取种子不能为空' })
  seed?: string;
}
