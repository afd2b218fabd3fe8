import { ACTIVITY_CONTENT_MAX, ACTIVITY_KINDS, ACTIVITY_PLACE_MAX, type ActivityKind } from '@cacem/shared';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateActivityRecordDto {
  @ApiProperty({ description: '手机端生成的记录编号（UUID），重发时保持不变', example: '6f1c2a9e-3b7d-4c55-9a1e-2f0b8d7c6e54' })
  @IsNotEmpty({ message: '缺少记录编号' })
  @IsString({ message: '记录编号应为文本' })
  @Matches(/^[A-Za-z0-9-]{8,64}$/, { message: '记录编号格式不正确' })
  clientKey: string;

  @ApiProperty({ description: '活动日期', example: '2026-06-12' })
  @IsNotEmpty({ message: '请选择活动日期' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '活动日期格式应为 yyyy-mm-dd' })
  date: string;

  @ApiProperty({ description: '活动类型', enum: ACTIVITY_KINDS })
  @IsNotEmpty({ message: '请选择活动类型' })
  @IsIn(ACTIVITY_KINDS, { message: '活动类型应为：班前会、质量检查、技术交底、QC 活动、培训或其他' })
  kind: ActivityKind;

  @ApiProperty({ description: '活动内容' })
  @Transform(trim)
  @IsNotEmpty({ message: '请填写活动内容' })
  @IsString({ message: '活动内容应为文本' })
  @MaxLength(ACTIVITY_CONTENT_MAX, { message: `活动内容不能超过 ${ACTIVITY_CONTENT_MAX} 个字` })
  content: string;

  @ApiProperty({ description: '地点', example: '3号楼 5 层' })
  @Transform(trim)
  @IsNotEmpty({ message: '请填写活动地点' })
  @IsString({ message: '地点应为文本' })
  @MaxLength(ACTIVITY_PLACE_MAX, { message: `地点不能超过 ${ACTIVITY_PLACE_MAX} 个字` })
  place: string;

  @ApiProperty({ description: '参加人员（成员编号）', type: [Number] })
  @IsArray({ message: '参加人员应为列表' })
  @ArrayMaxSize(200, { message: '参加人员过多' })
  @IsInt({ each: true, message: '参加人员编号应为整数' })
  attendeeIds: number[];
}
