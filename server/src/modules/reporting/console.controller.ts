import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Responds } from '../../common/contract/responds.js';
import { ReportingLogsService } from './reporting-logs.service.js';
import { AuditVerification, ConsoleApplicationPage, ConsoleAuditPage, ConsoleDashboard, ConsoleOutboxPage } from './reporting.schemas.js';
import { ReportingService } from './reporting.service.js';
import { ConsoleApplicationsQueryDto, ConsoleAuditQueryDto, ConsoleOutboxQueryDto } from './dto/reporting.dto.js';

@ApiTags('秘书处工作台')
@ApiBearerAuth()
@Access('console.read')
@Controller('console')
export class ConsoleController {
  constructor(
    private readonly reporting: ReportingService,
    private readonly logs: ReportingLogsService,
  ) {}

  @Get('dashboard')
  @ApiOperation({ summary: '本届活动概况：各环节漏斗、各状态数量、各推荐单位情况、各专家组评分分布、等级名额' })
  @Responds(ConsoleDashboard)
  dashboard(@CurrentPrincipal() principal: Principal) {
    return this.reporting.dashboard(principal);
  }

  @Get('applications')
  @ApiOperation({ summary: '本届已提交的申报：分页、排序、按状态/推荐单位/名称筛选，附评分、等级和证书编号' })
  @Responds(ConsoleApplicationPage)
  applications(@CurrentPrincipal() principal: Principal, @Query() query: ConsoleApplicationsQueryDto) {
    return this.reporting.applications(principal, query);
  }

  @Get('audit')
  @ApiOperation({ summary: '审计日志（最新在前）：按操作人、操作前缀、对象、申报、时间筛选，显示操作人姓名或企业名称' })
  @Responds(ConsoleAuditPage)
  audit(@CurrentPrincipal() principal: Principal, @Query() query: ConsoleAuditQueryDto) {
    return this.logs.auditLog(principal, query);
  }

  @Get('audit/verify')
  @ApiOperation({ summary: '校验审计日志哈希链是否完整' })
  @Responds(AuditVerification)
  verify(@CurrentPrincipal() principal: Principal) {
    return this.logs.verifyAudit(principal);
  }

  @Get('outbox')
  @ApiOperation({ summary: '微信订阅消息发送队列：分页、按状态筛选，附各状态数量' })
  @Responds(ConsoleOutboxPage)
  outbox(@CurrentPrincipal() principal: Principal, @Query() query: ConsoleOutboxQueryDto) {
    return this.logs.outbox(principal, query);
  }
}
