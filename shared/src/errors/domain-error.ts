import { type ErrorCode, errorMessage } from './error-codes.js';

/**
 * A rule of the activity was broken. Thrown by the pure rules in shared/; the server turns it into an
 * HTTP error with the same code, and the mini-program shows `message`.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  /** Machine-readable particulars (which experts are missing, which constraint failed, ...). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string = errorMessage(code), details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** For the default branch of a switch that must cover every case; fails to compile when one is missing. */
export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${JSON.stringify(value)}`);
}
