import { HttpException, HttpStatus } from '@nestjs/common';
import { type ApiErrorBody, type ErrorCode, errorMessage } from '@cacem/shared';

/** A failure a person can act on: an HTTP status, a machine code, a Chinese message and the field concerned. */
export class DomainException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    status: HttpStatus,
    options: { message?: string; field?: string; details?: ApiErrorBody['details'] } = {},
  ) {
    const body: ApiErrorBody = {
      statusCode: status,
      code,
      message: options.message ?? errorMessage(code),
      ...(options.field !== undefined ? { field: options.field } : {}),
      ...(options.details !== undefined ? { details: options.details } : {}),
    };
    super(body, status);
  }

  get body(): ApiErrorBody {
    return this.getResponse() as ApiErrorBody;
  }
}

export const badRequest = (code: ErrorCode, field?: string, message?: string) =>
  new DomainException(code, HttpStatus.BAD_REQUEST, { field, message });
export const unprocessable = (code: ErrorCode, field?: string, message?: string) =>
  new DomainException(code, HttpStatus.UNPROCESSABLE_ENTITY, { field, message });
export const conflict = (code: ErrorCode, field?: string, message?: string) =>
  new DomainException(code, HttpStatus.CONFLICT, { field, message });
export const notFound = (code: ErrorCode = 'NOT_FOUND') => new DomainException(code, HttpStatus.NOT_FOUND);
export const unauthorized = (code: ErrorCode = 'UNAUTHENTICATED') => new DomainException(code, HttpStatus.UNAUTHORIZED);
export const forbidden = (code: ErrorCode = 'FORBIDDEN') => new DomainException(code, HttpStatus.FORBIDDEN);
