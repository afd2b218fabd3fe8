import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../modules/auth/auth.decorators.js';
import { StorageService } from './storage.service.js';

/** RFC 6266/5987: a plain ASCII name for old clients and the exact (Chinese) name for the rest. */
export function contentDisposition(filename: string | null): string {
  if (!filename) return 'inline';
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

@ApiTags('文件')
@Controller('files')
export class FilesController {
  constructor(private readonly storage: StorageService) {}

  @Public()
  @Get(':token')
  @ApiOperation({ summary: '按短时有效的签名链接下载文件（无需登录，可用于 <img>）' })
  async download(@Param('token') token: string, @Res() reply: FastifyReply) {
    const file = await this.storage.openLink(token);
    return reply
      .header('content-type', file.mime)
      .header('content-length', String(file.size))
      .header('content-disposition', contentDisposition(file.filename))
      .header('cache-control', 'private, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(file.stream);
  }
}
