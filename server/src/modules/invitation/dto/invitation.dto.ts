import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, Min } from 'class-validator';

export class InviteDto {
  @ApiProperty({ description: '受邀参加发布会的申报编号；其余已完成资料审核的申报为未受邀', type: [Number] })
  @IsArray({ message: '邀请名单应为申报编号的列表' })
  @ArrayMaxSize(10000, { message: '邀请名单过长' })
  @IsInt({ each: true, message: '申报编号应为整数' })
  @Min(1, { each: true, message: '申报编号应为正整数' })
  applicationIds: number[];
}
