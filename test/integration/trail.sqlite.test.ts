import { sqliteDialect } from '../../src/adapters/sql/dialects/sqliteDialect';
import { describeTrailSuite } from '../support/trailSuite';

describeTrailSuite('SQLite', async () => {
  const { dialect } = sqliteDialect(':memory:');
  return { dialect, close: async () => undefined };
});
