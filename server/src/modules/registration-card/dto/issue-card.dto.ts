import { ENTERPRISE_NAME_MAX } from '@cacem/shared';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class IssueCardDto {
  @ApiProperty({ description: '企业名称', example: '中建八局第一建设有限公司' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty({ message: '请填写企业名称' })
  @IsString({ message: '企业名称应为文本' })
  @MaxLength(ENTERPRISE_NAME_MAX, { message: `企业名称不能超过 ${ENTERPRISE_NAME_MAX} 个字` })
  enterpriseName: string;
}
