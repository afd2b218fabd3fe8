import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { CardUnlockResult } from '../auth/index.js';
import { CardAuthService } from './card-auth.service.js';
import { BulkIssueCardsDto } from './dto/bulk-issue-cards.dto.js';
import { IssueCardDto } from './dto/issue-card.dto.js';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { RegistrationCardService } from './registration-card.service.js';
import { BulkIssueResult, CardPasswordReset, IssuedCard, RegistrationCardPage } from './registration-card.schemas.js';
import { Responds } from '../../common/contract/responds.js';

@ApiTags('报名卡')
@ApiBearerAuth()
@Access('cards.manage')
@Controller('registration-cards')
export class RegistrationCardController {
  constructor(
    private readonly cards: RegistrationCardService,
    private readonly cardAuth: CardAuthService,
  ) {}

  @Post()
  @ApiOperation({ summary: '向企业发放报名卡（返回一次性密码，仅显示这一次）' })
  @Responds(IssuedCard, '已发放')
  issue(@CurrentPrincipal() principal: Principal, @Body() dto: IssueCardDto) {
    return this.cards.issue(principal, dto.enterpriseName);
  }

  @Get()
  @ApiOperation({ summary: '已发放的报名卡' })
  @Responds(RegistrationCardPage)
  list(@Query() query: PageQueryDto) {
    return this.cards.list(query.page, query.pageSize);
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({ summary: '批量发放报名卡（每个企业名称一张；返回一次性密码及其 Excel 清单（随应答返回，服务器不保存），仅此一次）' })
  @Responds(BulkIssueResult)
  bulk(@CurrentPrincipal() principal: Principal, @Body() dto: BulkIssueCardsDto) {
    return this.cards.bulkIssue(principal, dto.enterpriseNames);
  }

  @Post(':id/reset')
  @HttpCode(200)
  @ApiOperation({ summary: '重置报名卡密码（返回新的一次性密码，原密码立即失效）' })
  @Responds(CardPasswordReset)
  reset(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.cards.resetPassword(principal, id);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: '解锁因多次密码错误而暂时锁定的报名卡（记入审计日志）' })
  @Responds(CardUnlockResult)
  unlock(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.cardAuth.unlockCard(principal, id);
  }
}
