import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Responds } from '../../common/contract/responds.js';
import { BulkPassDto, ListScreeningDto, ScreeningDecisionDto } from './dto/screening.dto.js';
import { BulkPassResult, ScreeningItem, ScreeningPage } from './screening.schemas.js';
import { ScreeningService } from './screening.service.js';

@ApiTags('初选')
@ApiBearerAuth()
@Access('screening.decide')
@Controller()
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  @Get('screening/applications')
  @ApiOperation({ summary: '初选名单（待初选、初选合格、初选淘汰），附合规性、完整性自动检查结果' })
  @Responds(ScreeningPage)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListScreeningDto) {
    return this.screening.list(principal, query);
  }

  @Post('applications/:id/screening')
  @HttpCode(200)
  @ApiOperation({ summary: '初选：通过，或淘汰（须填原因，班组可见）；有问题仍通过须 override 并填理由（记入审计）' })
  @Responds(ScreeningItem, '初选后的申报')
  decide(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: ScreeningDecisionDto) {
    // One route, two transitions: the body's decision picks the service's method.
    return dto.decision === 'pass' ? this.screening.pass(principal, id, dto) : this.screening.eliminate(principal, id, dto);
  }

  @Post('screening/bulk-pass')
  @HttpCode(200)
  @ApiOperation({ summary: '批量通过初选：只通过自动检查无问题的申报，其余列出问题并跳过' })
  @Responds(BulkPassResult)
  bulkPass(@CurrentPrincipal() principal: Principal, @Body() dto: BulkPassDto) {
    return this.screening.bulkPass(principal, dto);
  }
}
