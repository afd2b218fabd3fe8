import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsString, Matches, MaxLength, Min } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SessionOrderDto {
  @ApiProperty({ description: '发布顺序：申报编号，先发布的在前', type: [Number] })
  @IsArray({ message: '发布顺序应为申报编号的列表' })
  @ArrayMinSize(1, { message: '每场发布会至少安排一个班组' })
  @ArrayMaxSize(200, { message: '每场发布会最多安排 200 个班组' })
  @IsInt({ each: true, message: '申报编号应为整数' })
  @Min(1, { each: true, message: '申报编号应为正整数' })
  applicationIds: number[];
}

export class CreateSessionDto extends SessionOrderDto {
  @ApiProperty({ description: '场次名称，如「第一场（土建）」' })
  @Transform(trimmed)
  @IsString({ message: '场次名称应为文本' })
  @Matches(/\S/, { message: '请填写场次名称' })
  @MaxLength(100, { message: '场次名称不能超过 100 个字符' })
  title: string;

  @ApiProperty({ description: '日期 yyyy-mm-dd（北京时间）' })
  @IsString({ message: '日期应为 yyyy-mm-dd' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应为 yyyy-mm-dd' })
  date: string;

  @ApiProperty({ description: '地点' })
  @Transform(trimmed)
  @IsString({ message: '地点应为文本' })
  @Matches(/\S/, { message: '请填写发布会地点' })
  @MaxLength(200, { message: '地点不能超过 200 个字符' })
  venue: string;

  @ApiProperty({ description: '评审的专家组（组号，最近一次抽取）' })
  @IsInt({ message: '专家组号应为整数' })
  @Min(1, { message: '专家组号应为正整数' })
  panelNo: number;
}

export class AbsentDto {
  @ApiProperty({ description: 'true：标记未到场（闭会时视同放弃）；false：撤销标记' })
  @IsBoolean({ message: 'absent 应为 true 或 false' })
  absent: boolean;
}
