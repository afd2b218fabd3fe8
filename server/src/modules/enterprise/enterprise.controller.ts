import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { CorrectCreditCodeDto } from './dto/correct-credit-code.dto.js';
import { SetCreditCodeDto } from './dto/set-credit-code.dto.js';
import { EnterpriseRecord, EnterpriseView } from './enterprise.schemas.js';
import { EnterpriseService } from './enterprise.service.js';

@ApiTags('申报企业')
@ApiBearerAuth()
@Access('enterprise.profile')
@Controller('enterprises')
export class EnterpriseController {
  constructor(private readonly enterprises: EnterpriseService) {}

  @Get('me')
  @ApiOperation({ summary: '本企业信息' })
  @Responds(EnterpriseView)
  mine(@CurrentPrincipal() principal: Principal) {
    return this.enterprises.mine(principal);
  }

  @Put('me/credit-code')
  @ApiOperation({ summary: '登记统一社会信用代码（首次提交申报后不能再自行修改，由秘书处更正）' })
  @Responds(EnterpriseView, '已登记')
  setCreditCode(@CurrentPrincipal() principal: Principal, @Body() dto: SetCreditCodeDto) {
    return this.enterprises.setCreditCode(principal, dto.creditCode);
  }

  @Put(':id/credit-code')
  @Access('enterprises.manage')
  @ApiOperation({ summary: '秘书处更正企业的统一社会信用代码（记录更正前后和原因）' })
  @Responds(EnterpriseRecord, '已更正')
  correctCreditCode(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: CorrectCreditCodeDto) {
    return this.enterprises.correctCreditCode(principal, id, dto.creditCode, dto.reason);
  }
}
