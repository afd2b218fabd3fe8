import { Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Responds } from '../../common/contract/responds.js';
import { AccountUnlockResult } from './lockout.schemas.js';
import { LockoutService } from './lockout.service.js';

@ApiTags('登录')
@ApiBearerAuth()
@Access('accounts.manage')
@Controller('user-accounts')
export class LockoutController {
  constructor(private readonly lockouts: LockoutService) {}

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: '解锁因多次密码错误而暂时锁定的账号（专家、推荐单位联系人等；记入审计日志）' })
  @Responds(AccountUnlockResult)
  unlockAccount(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.lockouts.unlockAccount(principal, id);
  }
}
