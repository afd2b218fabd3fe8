import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Responds } from '../../common/contract/responds.js';
import { Public } from '../../common/route-access.js';
import { activeUnits } from './recommending-unit.queries.js';
import { RecommendingUnitList } from './recommending-unit.schemas.js';

@ApiTags('推荐单位')
@Controller('recommending-units')
export class RecommendingUnitController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '推荐单位名单（按通知附件2顺序）' })
  @Responds(RecommendingUnitList)
  async list(): Promise<RecommendingUnitList> {
    const items = await activeUnits(this.dataSource.manager);
    return { items: items.map(({ id, seq, name }) => ({ id, seq, name })) };
  }
}
