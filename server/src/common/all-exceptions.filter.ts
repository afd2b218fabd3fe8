import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerBeforeBody, bodyPending } from './body-drain.js';
import { toErrorBody } from './error-body.js';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest | undefined>();
    const body = toErrorBody(exception);
    // While the database restarts every request in flight lands here: one line each, not hundreds of identical stacks.
    if (body.code === 'DB_UNAVAILABLE') this.logger.warn(`数据库不可用：${exception instanceof Error ? exception.message : String(exception)}`);
    else if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    // A 503 says when it is worth asking again.
    if (body.statusCode === 503) void reply.header('retry-after', '5');
    const pending = request?.raw !== undefined && bodyPending(request.raw);
    // Refused before its body had all arrived: a body too slow to wait for is cut off with the answer; for any other the
    // answer goes out while the rest is read and thrown away (bounded), so the client reads it rather than a reset.
    if (pending && body.code === 'UPLOAD_TOO_SLOW') void reply.header('connection', 'close');
    else if (pending) return void answerBeforeBody(reply, body.statusCode, body);
    void reply.status(body.statusCode).send(body);
  }
}
