import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { describeBatchWriteSuite } from '../../support/batchWriteSuite';

// Batches of hundreds of hashed entries: generous on a loaded machine.
jest.setTimeout(120_000);

describeBatchWriteSuite('SQLite', async () => {
  const { dialect } = sqliteDialect(':memory:');
  return { dialect, close: async () => undefined };
});
