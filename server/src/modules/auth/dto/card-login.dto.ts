import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CardLoginDto {
  @ApiProperty({ description: '报名卡号（10 位数字）', example: '2026000014' })
  @IsNotEmpty({ message: '请填写报名卡号' })
  @IsString({ message: '报名卡号应为文本' })
  @MaxLength(32, { message: '报名卡号过长' })
  cardNo: string;

  @ApiProperty({ description: '密码' })
  @IsNotEmpty({ message: '请填写密码' })
  @IsString({ message: '密码应为文本' })
  @MaxLength(128, { message: '密码过长' })
  password: string;

  @ApiPropertyOptional({ description: '微信登录（wechat-login）返回的绑定凭证：登录同时绑定此微信' })
  @IsOptional()
  @IsString({ message: '微信绑定凭证应为文本' })
  @MaxLength(2000, { message: '微信绑定凭证过长' })
  wechatTicket?: string;
}
