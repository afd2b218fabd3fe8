import { MEMBER_NAME_MAX, MOBILE_PATTERN } from '@cacem/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class JoinTeamDto {
  @ApiProperty({ description: '邀请码（8 位）', example: 'K7M2Q9XA' })
  @IsNotEmpty({ message: '请填写邀请码' })
  @IsString({ message: '邀请码应为文本' })
  @MaxLength(20, { message: '邀请码过长' })
  inviteCode: string;

  @ApiProperty({ description: '姓名', example: '李师傅' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty({ message: '请填写姓名' })
  @IsString({ message: '姓名应为文本' })
  @MaxLength(MEMBER_NAME_MAX, { message: `姓名不能超过 ${MEMBER_NAME_MAX} 个字` })
  name: string;

  @ApiPropertyOptional({ description: '手机号', example: '13800138000' })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') || undefined : value))
  @IsOptional()
  @IsString({ message: '手机号应为文本' })
  @Matches(MOBILE_PATTERN, { message: '手机号应为 11 位，以 1 开头' })
  mobile?: string;

  @ApiPropertyOptional({ description: '微信登录未绑定时返回的凭据；加入班组的同时绑定微信' })
  @IsOptional()
  @IsString({ message: '微信凭据应为文本' })
  @MaxLength(2000, { message: '微信凭据过长' })
  wechatTicket?: string;
}
