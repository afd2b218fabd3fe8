import { MEMBER_NAME_MAX, MEMBER_ROLES, type MemberRole, MOBILE_PATTERN } from '@cacem/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateMemberDto {
  @ApiProperty({ description: '姓名', example: '张建国' })
  @Transform(trim)
  @IsNotEmpty({ message: '请填写姓名' })
  @IsString({ message: '姓名应为文本' })
  @MaxLength(MEMBER_NAME_MAX, { message: `姓名不能超过 ${MEMBER_NAME_MAX} 个字` })
  name: string;

  @ApiProperty({ description: '班组长 / 组员', enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES, { message: '角色应为班组长或组员' })
  role: MemberRole;

  @ApiPropertyOptional({ type: String, description: '手机号（null 或空为清除）', example: '13800138000', nullable: true })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') || null : value))
  @IsOptional()
  @IsString({ message: '手机号应为文本' })
  @Matches(MOBILE_PATTERN, { message: '手机号应为 11 位，以 1 开头' })
  mobile?: string | null;
}
