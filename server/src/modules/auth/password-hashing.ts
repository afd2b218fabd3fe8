import argon2 from 'argon2';

/**
 * argon2id at OWASP's recommended setting (19 MiB, 2 passes, 1 lane): ≈ 23 ms of CPU per hash here, against ≈ 150 ms at
 * the library's default (64 MiB, 3 passes, 4 lanes). Every card issued and every login hashes once, and at the
 * registration deadline and in a 500-card bulk issue that CPU was the bottleneck (the season simulation). Hashes carry
 * their own parameters, so those made earlier still verify.
 */
export const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
