import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RespondsWithFile } from '../common/contract/responds.js';
import { Public } from '../common/route-access.js';
import { StorageService } from './storage.service.js';

/**
 * RFC 6266/5987: a plain ASCII name for old clients and the exact (Chinese) name for the rest. `inline` by default (the
 * generated files of other controllers choose); uploaded files are always sent as `attachment`.
 */
export function contentDisposition(filename: string | null, type: 'inline' | 'attachment' = 'inline'): string {
  if (!filename) return type;
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The headers every response carrying an uploaded file's bytes gets, so that no uploaded byte ever runs
 * with the platform's origin: a PDF with an OpenAction script, an "image" that is really HTML, a polyglot.
 *   - `attachment`: browsers save the file instead of rendering it in our origin (an <img> still shows a picture;
 *     the mini-program's downloadFile + openDocument still open a PDF or PPTX);
 *   - `nosniff`: the declared type is the only one a browser may use (a PNG is never sniffed into HTML);
 *   - a sandboxing CSP: should a browser render it anyway, it runs in an opaque origin with no script, no plugin
 *     (PDF viewers' JavaScript included), no form, no fetch;
 *   - types that a browser would render as a document (HTML, XML, SVG, scripts) are sent as opaque bytes.
 */
export const UPLOADED_FILE_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['x-content-type-options', 'nosniff'],
  ['content-security-policy', "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'"],
  ['x-frame-options', 'DENY'],
  ['x-download-options', 'noopen'],
  ['referrer-policy', 'no-referrer'],
];

const ACTIVE_TYPES = /^(text\/|application\/(x(ht)?ml|.*\+xml|xml|javascript|ecmascript|x-javascript|json|wasm)|image\/svg|multipart\/)/i;

/** The type to declare for a stored file: its own (sniffed at upload), unless a browser could run it as a document. */
export function safeContentType(mime: string): string {
  return !/^[\w.+-]+\/[\w.+-]+$/.test(mime) || ACTIVE_TYPES.test(mime) ? 'application/octet-stream' : mime;
}

/** Sends an uploaded file's bytes with UPLOADED_FILE_HEADERS and `attachment` (with its name, RFC 6266). */
export function sendUploadedFile(reply: FastifyReply, file: { mime: string; filename: string | null; size?: number; stream: NodeJS.ReadableStream | Buffer }): FastifyReply {
  void reply.header('content-type', safeContentType(file.mime)).header('content-disposition', contentDisposition(file.filename, 'attachment'));
  if (file.size !== undefined) void reply.header('content-length', String(file.size));
  for (const [name, value] of UPLOADED_FILE_HEADERS) void reply.header(name, value);
  return reply.send(file.stream);
}

/**
 * What a signed link can carry: the types uploads are kept with (sniffed from their bytes, then safeContentType) —
 * 申报材料 PDF / PPTX / PPT, 活动照片 JPEG / PNG / WebP, 推荐材料 PDF, 违规线索证据 (PDF, images, Office files, old
 * Office's CFB) — and application/octet-stream for anything a browser could run as a document.
 */
export const SIGNED_FILE_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/x-cfb',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/bmp',
  'image/tiff',
  'image/heic',
  'image/heic-sequence',
  'image/heif',
  'image/heif-sequence',
  'application/octet-stream',
] as const;

@ApiTags('文件')
@Controller('files')
export class FilesController {
  constructor(private readonly storage: StorageService) {}

  @Public()
  @Get(':token')
  @ApiOperation({ summary: '按短时有效的签名链接下载文件（无需登录，可用于 <img>；一律作为附件下载，不在本站页面中打开）' })
  @RespondsWithFile(SIGNED_FILE_MEDIA_TYPES, '文件内容（类型为上传时按内容识别的类型）')
  async download(@Param('token') token: string, @Res() reply: FastifyReply) {
    const file = await this.storage.openLink(token);
    void reply.header('cache-control', 'private, max-age=300');
    return sendUploadedFile(reply, file);
  }
}
