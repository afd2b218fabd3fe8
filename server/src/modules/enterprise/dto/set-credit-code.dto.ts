import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SetCreditCodeDto {
  @ApiProperty({ description: '统一社会信用代码（18 位，末位为校验码）', example: '91350100M000100Y43' })
  @IsNotEmpty({ message: '请填写统一社会信用代码' })
  @IsString({ message: '统一社会信用代码应为文本' })
  @MaxLength(40, { message: '统一社会信用代码应为 18 位' })
  creditCode: string;
}
