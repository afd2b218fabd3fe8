import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Responds } from '../../common/contract/responds.js';
import { CreateDrawDto } from './dto/panel.dto.js';
import { DrawList, DrawView, MyPanels, VerifyResult } from './panel.schemas.js';
import { PanelDrawService } from './panel-draw.service.js';
import { PanelService } from './panel.service.js';

@ApiTags('专家组抽取')
@ApiBearerAuth()
@Controller()
export class PanelController {
  constructor(
    private readonly panels: PanelService,
    private readonly draws: PanelDrawService,
  ) {}

  @Post('draws')
  @Access('panels.manage')
  @ApiOperation({ summary: '抽取专家组：从可抽取专家中按种子随机组组（回避本企业、本推荐单位），分配初选合格的申报；种子与名单一并保存' })
  @Responds(DrawView, '已抽取')
  draw(@CurrentPrincipal() principal: Principal, @Body() dto: CreateDrawDto) {
    return this.draws.draw(principal, dto);
  }

  @Get('draws')
  @Access('panels.manage')
  @ApiOperation({ summary: '历次专家组抽取' })
  @Responds(DrawList)
  list(@CurrentPrincipal() principal: Principal) {
    return this.panels.list(principal);
  }

  @Get('draws/:id')
  @Access('panels.manage')
  @ApiOperation({ summary: '一次抽取的结果：各组组长、组员和评审的申报' })
  @Responds(DrawView)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.panels.get(principal, id);
  }

  @Post('draws/:id/verify')
  @HttpCode(200)
  @Access('panels.manage')
  @ApiOperation({ summary: '复核抽取：用保存的种子和名单重新抽取，与保存的结果比对' })
  @Responds(VerifyResult, '复核结果')
  verify(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.draws.verify(principal, id);
  }

  @Get('panels/mine')
  @Access('review.score')
  @ApiOperation({ summary: '专家本人：最近一次抽取中自己所在的专家组（组号、组长/组员、同组专家、评审的班组）' })
  @Responds(MyPanels)
  mine(@CurrentPrincipal() principal: Principal) {
    return this.panels.mine(principal);
  }
}
