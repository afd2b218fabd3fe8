import type { Readable } from 'node:stream';
import { HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainException } from '../common/domain.exception.js';
import { fileNameIsDeceptive, textProblem } from '../common/text-characters.js';
import { fileTooLarge } from './storage.errors.js';
import type { ReceivedFile } from './received-file.js';

/**
 * What an upload is read from: the parts of a multipart body, the connection they arrive on (UploadWatch drops a body
 * too slow to wait for) and who sends them (the per-account upload cap). The services never see the rest of the request.
 */
export type MultipartBody = Pick<FastifyRequest, 'isMultipart' | 'parts' | 'raw'> & { readonly actor?: string };

export interface UploadOptions {
  /** The form field that carries the file. */
  fileField: string;
  maxBytes: number;
  /** Small text fields to collect; send them before the file. Others are refused. */
  fields?: readonly string[];
}

export interface Upload {
  fields: Record<string, string>;
  file: ReceivedFile;
  /** The client's file name, for display only: the type is judged by content. */
  filename: string;
}

/**
 * A text field any upload may carry: the name the person picked the file under, for a client that cannot put it on the
 * file part (WeChat's uploadFile sends its temp file's name, tmp_….pdf). It wins over the file part's name.
 */
export const FILE_NAME_FIELD = 'fileName';

/** Fields are short keys and names; the file is the only large part. */
export const MULTIPART_LIMITS = { files: 1, fields: 10, fieldSize: 4096, parts: 12, headerPairs: 100 } as const;

// Errors @fastify/multipart raises while parsing, by their codes.
const TOO_MANY_PARTS = new Set(['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

function mapMultipartError(error: unknown, maxBytes: number): unknown {
  if (error instanceof DomainException) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new DomainException('UPLOAD_NOT_MULTIPART', HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(maxBytes);
  if (code && TOO_MANY_PARTS.has(code)) return new DomainException('UPLOAD_TOO_MANY_PARTS', HttpStatus.PAYLOAD_TOO_LARGE);
  if (code === 'FST_PROTO_VIOLATION' || code === 'FST_INVALID_JSON_FIELD_ERROR') return new DomainException('FIELD_INVALID', HttpStatus.UNPROCESSABLE_ENTITY);
  // Premature close, "Unexpected end of form", a malformed boundary: the body did not arrive whole.
  return new DomainException('UPLOAD_INCOMPLETE', HttpStatus.BAD_REQUEST);
}

/**
 * Walks the parts of a multipart request: collects the named text fields and streams the one file through
 * `receive`, mapping every parser failure to a DomainException. On any failure the received file is discarded.
 */
export async function readMultipart(
  request: MultipartBody,
  options: UploadOptions,
  receive: (stream: Readable, maxBytes: number) => Promise<ReceivedFile>,
): Promise<Upload> {
  const allowed = new Set(options.fields ?? []);
  const fields: Record<string, string> = {};
  let received: { file: ReceivedFile; filename: string } | null = null;
  let named: string | null = null;
  try {
    if (!request.isMultipart()) throw new DomainException('UPLOAD_NOT_MULTIPART', HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === FILE_NAME_FIELD && !allowed.has(FILE_NAME_FIELD)) {
          if (part.valueTruncated) throw new DomainException('FIELD_TOO_LONG', HttpStatus.UNPROCESSABLE_ENTITY, { field: part.fieldname });
          if (fileNameIsDeceptive(String(part.value))) throw new DomainException('FILE_NAME_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: part.fieldname });
          named = String(part.value).trim() || null;
          continue;
        }
        if (!allowed.has(part.fieldname)) {
          throw new DomainException('FIELD_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: part.fieldname, message: `不允许的字段：${part.fieldname}` });
        }
        if (part.valueTruncated) throw new DomainException('FIELD_TOO_LONG', HttpStatus.UNPROCESSABLE_ENTITY, { field: part.fieldname });
        // The form's text fields are short keys and names: one line, like a JSON body's (ValidationPipe).
        if (textProblem(String(part.value), 'single-line')) throw new DomainException('TEXT_CHARACTERS_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: part.fieldname });
        fields[part.fieldname] = String(part.value);
        continue;
      }
      // A file under another name is refused at once, like an unknown text field. (Draining it instead waited for an
      // end that a cut-off body never brings: the request hung, holding its socket.) A second file is over the
      // plugin's `files: 1` limit and fails in the parser.
      if (part.fieldname !== options.fileField) {
        throw new DomainException('FIELD_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: part.fieldname, message: `不允许的文件字段：${part.fieldname}，文件应放在 ${options.fileField} 字段` });
      }
      if (received) throw new DomainException('UPLOAD_TOO_MANY_PARTS', HttpStatus.PAYLOAD_TOO_LARGE);
      // 申报\u202Efdp.exe would be listed as 申报exe.pdf: a name with controls or direction overrides is refused, not kept.
      if (fileNameIsDeceptive(part.filename)) throw new DomainException('FILE_NAME_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: options.fileField });
      const file = await receive(part.file, options.maxBytes);
      received = { file, filename: part.filename };
      // Busboy stops at the plugin-wide fileSize limit and marks the stream truncated rather than failing.
      if (part.file.truncated) throw fileTooLarge(options.maxBytes);
    }
  } catch (error) {
    await received?.file.discard();
    throw mapMultipartError(error, options.maxBytes);
  }
  if (!received) throw new DomainException('UPLOAD_FILE_MISSING', HttpStatus.UNPROCESSABLE_ENTITY, { field: options.fileField });
  if (received.file.size === 0) {
    await received.file.discard();
    throw new DomainException('UPLOAD_FILE_MISSING', HttpStatus.UNPROCESSABLE_ENTITY, { field: options.fileField, message: '上传的文件是空的' });
  }
  return { fields, file: received.file, filename: named ?? received.filename };
}
