import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { SetCreditCodeDto } from './dto/set-credit-code.dto.js';
import { EnterpriseService } from './enterprise.service.js';

@ApiTags('申报企业')
@ApiBearerAuth()
@Roles('declarant')
@Controller('enterprises')
export class EnterpriseController {
  constructor(private readonly enterprises: EnterpriseService) {}

  @Get('me')
  @ApiOperation({ summary: '本企业信息' })
  mine(@CurrentPrincipal() principal: Principal) {
    return this.enterprises.mine(principal);
  }

  @Put('me/credit-code')
  @ApiOperation({ summary: '登记统一社会信用代码' })
  setCreditCode(@CurrentPrincipal() principal: Principal, @Body() dto: SetCreditCodeDto) {
    return this.enterprises.setCreditCode(principal, dto.creditCode);
  }
}
