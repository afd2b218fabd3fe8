import { TEAM_KINDS, TEAM_NAME_MAX, type TeamKind } from '@cacem/shared';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateTeamDto {
  @ApiProperty({ description: '班组名称', example: '钢筋加工班组' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty({ message: '请填写班组名称' })
  @IsString({ message: '班组名称应为文本' })
  @MaxLength(TEAM_NAME_MAX, { message: `班组名称不能超过 ${TEAM_NAME_MAX} 个字` })
  name: string;

  @ApiProperty({ description: '班组类型', enum: TEAM_KINDS })
  @IsNotEmpty({ message: '请选择班组类型' })
  @IsIn(TEAM_KINDS, { message: '班组类型应为：施工班组、项目部、职能部门或其他' })
  kind: TeamKind;
}
