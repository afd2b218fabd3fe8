import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Responds } from '../../common/contract/responds.js';
import { UnitStatisticsView } from './unit-statistics.schemas.js';
import { UnitStatisticsService } from './unit-statistics.service.js';

@ApiTags('推荐')
@ApiBearerAuth()
@Controller('recommendation/statistics')
export class UnitStatisticsController {
  constructor(private readonly statistics: UnitStatisticsService) {}

  @Get()
  @Access('unit.read')
  @ApiQuery({ name: 'unitId', required: false, type: Number, description: '秘书处查看时指定推荐单位（秘书处必填；推荐单位联系人不填）' })
  @ApiOperation({ summary: '本单位的统计表（附件3），含平台统计的推荐数和历年累计数' })
  @Responds(UnitStatisticsView)
  get(@CurrentPrincipal() principal: Principal, @Query('unitId') unitId?: string) {
    return this.statistics.get(principal, unitId !== undefined && /^\d+$/.test(unitId) ? Number(unitId) : undefined);
  }

  @Put()
  @Access('unit.act')
  @ApiBody({
    required: true,
    description: '统计表（附件3）的内容；有误时 422 STATISTICS_INVALID，details.problems 列出全部问题',
    schema: { $ref: '#/components/schemas/UnitStatisticsValues' },
  })
  @ApiOperation({ summary: '填写或修改统计表' })
  @Responds(UnitStatisticsView, '已保存')
  save(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    // Checked whole by the shared checkUnitStatistics, so the client gets every problem in one answer.
    return this.statistics.save(principal, body);
  }
}
