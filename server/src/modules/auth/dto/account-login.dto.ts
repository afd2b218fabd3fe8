import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class AccountLoginDto {
  @ApiProperty({ description: '用户名', example: 'mishuchu' })
  @IsNotEmpty({ message: '请填写用户名' })
  @IsString({ message: '用户名应为文本' })
  @MaxLength(50, { message: '用户名不能超过 50 个字符' })
  username: string;

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
