import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class MemberLoginDto {
  @ApiProperty({ description: '申报企业生成的 6 位一次性登录码', example: '483920' })
  @IsNotEmpty({ message: '请填写登录码' })
  @IsString({ message: '登录码应为文本' })
  @MaxLength(20, { message: '登录码过长' })
  loginCode: string;
}
