import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';

@ApiTags('运行状态')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '服务与数据库状态' })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const started = performance.now();
    const type = this.dataSource.options.type;
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: { status: 'up', type, latencyMs: Math.round((performance.now() - started) * 10) / 10 } };
    } catch (error) {
      void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: { status: 'down', type, error: (error as Error).message } };
    }
  }
}
