import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { IssueCardDto } from './dto/issue-card.dto.js';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { RegistrationCardService } from './registration-card.service.js';

@ApiTags('报名卡')
@ApiBearerAuth()
@Roles('secretariat')
@Controller('registration-cards')
export class RegistrationCardController {
  constructor(private readonly cards: RegistrationCardService) {}

  @Post()
  @ApiOperation({ summary: '向企业发放报名卡（返回一次性密码，仅显示这一次）' })
  issue(@CurrentPrincipal() principal: Principal, @Body() dto: IssueCardDto) {
    return this.cards.issue(principal, dto.enterpriseName);
  }

  @Get()
  @ApiOperation({ summary: '已发放的报名卡' })
  list(@Query() query: PageQueryDto) {
    return this.cards.list(query.page, query.pageSize);
  }
}
