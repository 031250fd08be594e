import { sqliteDialect } from '../../../src/adapters/sql/dialects/sqliteDialect';
import { describeBatchWriteSuite } from '../../support/batchWriteSuite';

describeBatchWriteSuite('SQLite', async () => {
  const { dialect } = sqliteDialect(':memory:');
  return { dialect, close: async () => undefined };
});
