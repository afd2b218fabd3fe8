import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString } from 'class-validator';

export const BULK_CARDS_MAX = 500;

export class BulkIssueCardsDto {
  @ApiProperty({
    description: `企业名称，每行一个，1–${BULK_CARDS_MAX} 个；空白、过长和重复的名称不发卡，在 skipped 中说明`,
    example: ['中建八局第一建设有限公司', '中铁十二局集团第二工程有限公司'],
    type: [String],
  })
  @IsArray({ message: '请提供企业名称列表' })
  @ArrayMinSize(1, { message: '请至少填写一个企业名称' })
  @ArrayMaxSize(BULK_CARDS_MAX, { message: `一次最多发放 ${BULK_CARDS_MAX} 张报名卡` })
  @IsString({ each: true, message: '企业名称应为文本' })
  enterpriseNames: string[];
}
