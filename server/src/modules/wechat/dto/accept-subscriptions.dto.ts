import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

export class AcceptSubscriptionsDto {
  @ApiProperty({ description: '用户在 wx.requestSubscribeMessage 中同意的模板 ID（一次最多 3 个）', type: [String] })
  @IsArray({ message: '模板 ID 应为列表' })
  @ArrayMaxSize(3, { message: '一次最多订阅 3 个模板' })
  @IsString({ each: true, message: '模板 ID 应为文本' })
  @MaxLength(64, { each: true, message: '模板 ID 过长' })
  templateIds: string[];
}
