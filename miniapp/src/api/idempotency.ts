import { ApiError } from './api-error';

/**
 * Idempotency keys: a submission or upload carries one, made when the person acts. If the answer is lost (a building
 * site's signal) or the server was briefly unable to save (503, a lock conflict), the same request is sent again with
 * the same key — the server then either runs it once or hands back the first answer; it never submits or stores twice.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** A fresh key: time plus randomness, 8–100 characters of [A-Za-z0-9-] as the server requires. (No crypto in every mini-program runtime.) */
export function newIdempotencyKey(): string {
  const random = () => Math.floor(Math.random() * 36 ** 8).toString(36).padStart(8, '0');
  return `${Date.now().toString(36)}-${random()}-${random()}`;
}

/** Waits between attempts: the second try after 1 s, the third after 3 s. */
export const RETRY_DELAYS_MS = [1000, 3000];

/** Worth sending again with the same key: nothing arrived, the database was away, or a lock got in the way (or the first try still runs). */
export function isRetriable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.statusCode === 0 || error.statusCode === 503 || (error.statusCode === 409 && (error.code === 'TRY_AGAIN' || error.code === 'IDEMPOTENCY_IN_PROGRESS'));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `attempt`, and again (same key, so safely) after a retriable failure; without a key, once. */
export async function withIdempotentRetries<T>(key: string | undefined, attempt: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (key === undefined || i >= delays.length || !isRetriable(error)) throw error;
      await sleep(delays[i]!);
    }
  }
}
