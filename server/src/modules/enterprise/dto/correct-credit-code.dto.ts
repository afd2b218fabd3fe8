import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SetCreditCodeDto } from './set-credit-code.dto.js';

/** The secretariat's correction of a credit code once it is no longer the enterprise's to change. */
export class CorrectCreditCodeDto extends SetCreditCodeDto {
  @ApiProperty({ description: '更正原因（记入操作日志）', example: '企业提交了营业执照，原登记有误' })
  @IsNotEmpty({ message: '请填写更正原因' })
  @IsString({ message: '更正原因应为文本' })
  @MaxLength(500, { message: '更正原因不能超过 500 个字' })
  reason: string;
}
