import { ACTIVITY_KINDS, type ActivityKind } from '@cacem/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto.js';

export class ListActivityRecordsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ACTIVITY_KINDS })
  @IsOptional()
  @IsIn(ACTIVITY_KINDS, { message: '活动类型不正确' })
  kind?: ActivityKind;

  @ApiPropertyOptional({ description: '起始日期 yyyy-mm-dd' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '起始日期格式应为 yyyy-mm-dd' })
  from?: string;

  @ApiPropertyOptional({ description: '截止日期 yyyy-mm-dd' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '截止日期格式应为 yyyy-mm-dd' })
  to?: string;
}
