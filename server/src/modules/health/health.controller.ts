import { errorMessage } from '@cacem/shared';
import { Controller, Get, HttpStatus, Logger, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Responds } from '../../common/contract/responds.js';
import { Public } from '../../common/route-access.js';
import { HealthDown, HealthView } from './health.schemas.js';

@ApiTags('运行状态')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '服务与数据库状态（数据库不可达时为 503）' })
  // The 503 is not the ApiError shape: a monitor reads the same fields whether the database is up or down.
  @Responds(HealthView, '服务与数据库正常', { [HttpStatus.SERVICE_UNAVAILABLE]: { schema: HealthDown, description: '数据库不可达' } })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView | HealthDown> {
    const started = performance.now();
    const type = this.dataSource.options.type;
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: { status: 'up', type, latencyMs: Math.round((performance.now() - started) * 10) / 10 } };
    } catch (error) {
      // The driver's message names hosts and ports; this endpoint is public, so that goes to the log only.
      this.logger.warn(`数据库不可达：${(error as Error).message}`);
      void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: { status: 'down', type, code: 'DB_UNAVAILABLE', message: errorMessage('DB_UNAVAILABLE') } };
    }
  }
}
