import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RefreshDto {
  @ApiProperty({ description: '登录或上次刷新时返回的 refreshToken（只能使用一次）' })
  @IsNotEmpty({ message: '请提供刷新凭证' })
  @IsString({ message: '刷新凭证应为文本' })
  @MaxLength(200, { message: '刷新凭证过长' })
  refreshToken: string;
}
