// Types of mariadb.mjs for the TypeScript tests that start their own throwaway MariaDB.
export interface ThrowawayMariaDb {
  env: { MARIADB_HOST: string; MARIADB_PORT: string; MARIADB_USER: string; MARIADB_PASSWORD: string };
  /** Stops mariadbd cleanly and starts it again on the same data folder, port and socket; `whileDown` runs while it is stopped. */
  restart(options?: { downMs?: number; whileDown?: () => Promise<void> }): Promise<void>;
  stop(): Promise<void>;
}

export function startMariaDb(log?: (message: string) => void): Promise<ThrowawayMariaDb>;
