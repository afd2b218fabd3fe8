// The C library's malloc settings the server runs with (npm start, the benches; the README's production section says
// the same for systemd and containers). Set in the environment before the process starts — glibc reads them once.
//   MALLOC_ARENA_MAX=2           glibc gives each thread that allocates its own arena (up to 8 per core) and keeps
//                                what is freed there; the server's threads (libuv's pool hashing passwords with argon2,
//                                the upload hashing worker) each held on to tens of MB.
//   MALLOC_MMAP_THRESHOLD_=1 MiB blocks of 1 MiB and more are mapped and given back on free. Left dynamic, glibc raises
//                                the threshold after the first free of a large block and argon2's 19 MiB working
//                                memory then stays in the arenas after every login.
// Measured (test/perf upload bench, 200 × 20 MB uploads at once): RSS after registering 200 declarants 283 → 195 MB,
// peak during the rush 319 → 274 MB. The price: each argon2 hash now maps and faults in fresh memory, ≈ 22 ms instead
// of ≈ 16 ms of CPU per login or card issued (measured on this machine) — still far below the 150 ms of the old
// setting. A setting already in the environment is left as it is (drop MALLOC_MMAP_THRESHOLD_ to trade back).
export const MALLOC_DEFAULTS = Object.freeze({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: String(1024 * 1024) });

/** `env` with the malloc defaults filled in where unset. */
export function withMallocDefaults(env = process.env) {
  const filled = { ...env };
  for (const [name, value] of Object.entries(MALLOC_DEFAULTS)) if (filled[name] === undefined || filled[name] === '') filled[name] = value;
  return filled;
}
