import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { LoginAttempt, LoginResult } from '../auth/index.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Public } from '../../common/route-access.js';
import { BindDto, CreateContactDto, RemindDto } from './dto/contact.dto.js';
import { RecommenderContactService } from './recommender-contact.service.js';
import { CreatedUnitContact, IssuedBindCode, UnitContactList, UnitFilingOverview, UnitReminded } from './recommending-unit.schemas.js';
import { UnitFilingService } from './unit-filing.service.js';

@ApiTags('推荐单位')
@ApiBearerAuth()
@Access('units.manage')
@Controller('recommending-units')
export class RecommenderContactController {
  constructor(
    private readonly contacts: RecommenderContactService,
    private readonly filing: UnitFilingService,
  ) {}

  @Get('filing')
  @Access('recommendations.read')
  @ApiOperation({ summary: '各推荐单位的推荐与报送情况' })
  @Responds(UnitFilingOverview)
  overview(@CurrentPrincipal() principal: Principal) {
    return this.filing.overview(principal);
  }

  @Post('remind')
  @HttpCode(200)
  @ApiOperation({ summary: '提醒推荐单位联系人报送（默认：尚未报送齐全的单位）' })
  @Responds(UnitReminded, '已提醒')
  remind(@CurrentPrincipal() principal: Principal, @Body() dto: RemindDto) {
    return this.filing.remind(principal, dto.unitIds);
  }

  @Get(':unitId/contacts')
  @ApiOperation({ summary: '推荐单位联系人' })
  @Responds(UnitContactList)
  list(@CurrentPrincipal() principal: Principal, @Param('unitId', ParseIntPipe) unitId: number) {
    return this.contacts.list(principal, unitId);
  }

  @Post(':unitId/contacts')
  @ApiOperation({ summary: '开设联系人账号：返回一次性密码和微信绑定码（仅显示一次）' })
  @Responds(CreatedUnitContact, '已开设')
  create(@CurrentPrincipal() principal: Principal, @Param('unitId', ParseIntPipe) unitId: number, @Body() dto: CreateContactDto) {
    return this.contacts.create(principal, unitId, dto);
  }

  @Post(':unitId/contacts/:userId/bind-code')
  @ApiOperation({ summary: '重新发放微信绑定码（7 天有效，一次性）' })
  @Responds(IssuedBindCode, '已发放')
  bindCode(@CurrentPrincipal() principal: Principal, @Param('unitId', ParseIntPipe) unitId: number, @Param('userId', ParseIntPipe) userId: number) {
    return this.contacts.issueBindCode(principal, unitId, userId);
  }
}

@ApiTags('登录')
@Controller('auth')
export class RecommenderBindController {
  constructor(private readonly contacts: RecommenderContactService) {}

  @Public()
  @LoginAttempt()
  @Post('bind')
  @HttpCode(200)
  @ApiOperation({ summary: '推荐单位联系人或专家用绑定码绑定微信并登录' })
  @Responds(LoginResult, '已绑定并登录')
  bind(@Body() dto: BindDto) {
    return this.contacts.bind(dto.bindCode, dto.wechatTicket);
  }
}
