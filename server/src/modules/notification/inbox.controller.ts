import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { Responds, RespondsEmpty } from '../../common/contract/responds.js';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { InboxPage } from './inbox.schemas.js';
import { InboxService } from './inbox.service.js';
import { recipientOf } from './recipient.js';

@ApiTags('消息')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({ summary: '我的站内消息（分页，含未读数）' })
  @Responds(InboxPage)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto) {
    return this.inbox.list(recipientOf(principal), query);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: '标记一条消息为已读' })
  @RespondsEmpty('已标记')
  async markRead(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.inbox.markRead(recipientOf(principal), id);
  }
}
