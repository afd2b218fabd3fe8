import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';

export interface UploadDoc {
  /** The multipart field that carries the file. */
  field: string;
  /** The media types accepted (checked on the file's own bytes, not on what the client declares). */
  mediaTypes: readonly string[];
  /** What the file is, in the document's words. */
  description: string;
  /** Text fields sent beside the file. */
  fields?: Record<string, string>;
}

/** Uploads documented with the OpenAPI document's size limits filled in when it is built (api-document.ts). */
export const UPLOAD_MARK = 'x-upload';

/**
 * The route takes a multipart/form-data body with one file (and perhaps text fields). The file's size limit is the
 * route's own (storage/upload-limits.ts), written into the document when it is built, so it is never stated twice.
 */
export function Upload(doc: UploadDoc): MethodDecorator {
  const properties: Record<string, object> = {
    [doc.field]: { type: 'string', format: 'binary', description: `${doc.description}（${doc.mediaTypes.join('、')}）` },
  };
  for (const [name, description] of Object.entries(doc.fields ?? {})) properties[name] = { type: 'string', description };
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      required: true,
      schema: { type: 'object', required: [doc.field], properties, [UPLOAD_MARK]: { field: doc.field, mediaTypes: doc.mediaTypes } } as object,
    }),
  );
}
