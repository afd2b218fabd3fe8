import type { ApiErrorDetail, ApiErrorProblem } from './types';

export const NETWORK_ERROR_MESSAGE = '网络连接失败，请检查网络后重试';

/** A failed API call: the server's machine code plus the Chinese text a person reads. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly details: ApiErrorDetail[];
  /** Every failed condition, when the server lists them (e.g. ELIGIBILITY_FAILED's details.problems). */
  readonly problems: ApiErrorProblem[];

  constructor(init: {
    statusCode: number;
    code: string;
    message: string;
    field?: string;
    details?: ApiErrorDetail[];
    problems?: ApiErrorProblem[];
  }) {
    super(init.message);
    // Keeps `instanceof` working when the class is transpiled to ES5 for the mini-program.
    Object.setPrototypeOf(this, ApiError.prototype);
    this.name = 'ApiError';
    this.statusCode = init.statusCode;
    this.code = init.code;
    this.field = init.field;
    this.details = init.details ?? [];
    this.problems = init.problems ?? [];
  }

  /** The message for one form field, if the server named it. */
  messageFor(field: string): string | undefined {
    if (this.field === field) return this.message;
    return this.details.find((d) => d.field === field)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The text to show for any failure thrown by the client. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return NETWORK_ERROR_MESSAGE;
}

/** The server's Chinese message followed by every problem it listed (e.g. SESSION_APPLICATIONS_INVALID's). */
export function fullErrorText(error: unknown): string {
  if (!(error instanceof ApiError)) return NETWORK_ERROR_MESSAGE;
  const extra = error.problems.map((p) => p.message).filter((m) => m !== '' && m !== error.message);
  return extra.length ? `${error.message}：${extra.join('；')}` : error.message;
}
