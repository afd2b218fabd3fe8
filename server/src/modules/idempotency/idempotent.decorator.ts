import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT_KEY = 'idempotency:enabled';

/**
 * The route honours an `Idempotency-Key` header: a retry with the same key (after a lost answer) gets the first
 * answer back and changes nothing. For submissions and uploads, whose repetition would make a second change.
 */
export const Idempotent = () => SetMetadata(IDEMPOTENT_KEY, true);
