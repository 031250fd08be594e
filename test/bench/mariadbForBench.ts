import { ensureSystemPackages } from '../../scripts/ensure-system-packages';
import { startThrowawayMariaDb } from '../../scripts/mariadb-server';
import { freshMariaDb } from '../support/mariadb';

/**
 * Runs `body` with a MariaDB server: the one in MARIADB_URL if set, else a throwaway server that
 * is stopped afterwards. `freshDatabase` gives an empty database on it for each case.
 */
export async function withMariaDb(body: (freshDatabase: typeof freshMariaDb) => Promise<void>): Promise<void> {
  if (process.env.MARIADB_URL) return body(freshMariaDb);
  ensureSystemPackages();
  const server = await startThrowawayMariaDb();
  process.env.MARIADB_URL = server.url;
  try {
    await body(freshMariaDb);
  } finally {
    delete process.env.MARIADB_URL;
    await server.stop();
  }
}
