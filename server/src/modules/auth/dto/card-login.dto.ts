import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

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
}
