import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Public } from '../../common/route-access.js';
import { Responds } from '../../common/contract/responds.js';
import { AdjustGradeDto, ReconfirmGradingDto } from './dto/grading.dto.js';
import { GradingView, PublicResultList } from './grading.schemas.js';
import { GradingReconfirmationService } from './grading-reconfirmation.service.js';
import { GradingService } from './grading.service.js';

@ApiTags('等级评定')
@ApiBearerAuth()
@Controller()
export class GradingController {
  constructor(
    private readonly grading: GradingService,
    private readonly reconfirmation: GradingReconfirmationService,
  ) {}

  @Get('grading')
  @Access('grading.manage')
  @ApiOperation({ summary: '等级建议与决定：排名、总分、建议等级、说明、边界并列、名额' })
  @Responds(GradingView)
  get(@CurrentPrincipal() principal: Principal) {
    return this.grading.get(principal);
  }

  @Post('grading/proposal')
  @HttpCode(200)
  @Access('grading.manage')
  @ApiOperation({ summary: '生成等级建议（全部受邀班组发布结束后）；重新生成会清除此前的调整' })
  @Responds(GradingView, '已生成等级建议')
  propose(@CurrentPrincipal() principal: Principal) {
    return this.grading.propose(principal);
  }

  @Put('grading/items/:applicationId')
  @Access('grading.manage')
  @ApiOperation({ summary: '调整某班组的等级或打破边界并列（须填写理由，不得超出名额）' })
  @Responds(GradingView, '已调整')
  adjust(@CurrentPrincipal() principal: Principal, @Param('applicationId', ParseIntPipe) applicationId: number, @Body() dto: AdjustGradeDto) {
    return this.grading.adjust(principal, applicationId, dto);
  }

  @Post('grading/confirm')
  @HttpCode(200)
  @Access('grading.manage')
  @ApiOperation({ summary: '确认等级（确认后不能再调整）' })
  @Responds(GradingView, '已确认')
  confirm(@CurrentPrincipal() principal: Principal) {
    return this.grading.confirm(principal);
  }

  @Post('grading/reconfirmation')
  @HttpCode(200)
  @Access('grading.manage')
  @ApiOperation({ summary: '重新确认等级（须填写理由）：评分经秘书处决定重新汇总后，按现有评分重新评定并确认；已公布的结果以重新确认后的为准' })
  @Responds(GradingView, '已重新确认')
  reconfirm(@CurrentPrincipal() principal: Principal, @Body() dto: ReconfirmGradingDto) {
    return this.reconfirmation.reconfirm(principal, dto);
  }

  @Post('grading/publish')
  @HttpCode(200)
  @Access('grading.manage')
  @ApiOperation({ summary: '公布评定结果：各班组进入「已评定等级」并收到通知' })
  @Responds(GradingView, '已公布')
  publish(@CurrentPrincipal() principal: Principal) {
    return this.grading.publish(principal);
  }

  @Get('public/results')
  @Public()
  @ApiOperation({ summary: '公开：获得等级的班组名单（公布后可见，不含分数）' })
  @Responds(PublicResultList)
  publicResults() {
    return this.grading.publicResults();
  }
}
