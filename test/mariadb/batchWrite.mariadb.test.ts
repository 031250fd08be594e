import { mariadbDialect } from '../../src/adapters/sql/dialects/mariadbDialect';
import { freshMariaDb } from '../support/mariadb';
import { describeBatchWriteSuite } from '../support/batchWriteSuite';

jest.setTimeout(180_000);

// A pool of several connections, so racing batches really run side by side in the engine.
describeBatchWriteSuite('MariaDB', async () => {
  const fresh = await freshMariaDb();
  const { dialect } = mariadbDialect(fresh.url, 8);
  return { dialect, close: () => fresh.drop() };
});
