// Types of mariadb.mjs for the TypeScript tests that start their own throwaway MariaDB.
export interface RestartOptions {
  downMs?: number;
  whileDown?: () => Promise<void>;
  /** SIGTERM (default): a clean shutdown; SIGKILL: a crash, recovered by InnoDB on the next start. */
  signal?: 'SIGTERM' | 'SIGKILL';
}

export interface ThrowawayMariaDb {
  /** Whether it commits durably (innodb-flush-log-at-trx-commit=1, as in production) or fast (2). */
  durable: boolean;
  env: { MARIADB_HOST: string; MARIADB_PORT: string; MARIADB_USER: string; MARIADB_PASSWORD: string };
  /** Stops mariadbd (cleanly, or SIGKILLed with `signal: 'SIGKILL'`) and starts it again on the same data folder, port and socket; `whileDown` runs while it is stopped. */
  restart(options?: RestartOptions): Promise<void>;
  /** SIGKILLs mariadbd (no clean shutdown) and starts it again on the same data: restart({ signal: 'SIGKILL' }). */
  kill(options?: Omit<RestartOptions, 'signal'>): Promise<void>;
  stop(): Promise<void>;
}

/** `durable`: innodb-flush-log-at-trx-commit=1 (production's setting) instead of the default 2. */
export function startMariaDb(log?: (message: string) => void, options?: { durable?: boolean }): Promise<ThrowawayMariaDb>;
