import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class WechatLoginDto {
  @ApiProperty({ description: 'wx.login 取得的登录凭证（5 分钟内有效，只能使用一次）' })
  @IsNotEmpty({ message: '缺少微信登录凭证' })
  @IsString({ message: '微信登录凭证应为文本' })
  @MaxLength(128, { message: '微信登录凭证过长' })
  code: string;
}
