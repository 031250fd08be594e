import { MysqlDialect } from 'kysely';
import { createPool, type Pool } from 'mysql2';

/**
 * MariaDB through mysql2: proves every migration and query on a MySQL-family engine. `url` is
 * `mysql://user:password@host:port/database`.
 */
export function mariadbDialect(url: string, connectionLimit = 10): { dialect: MysqlDialect; pool: Pool } {
  const pool = createPool({ uri: url, connectionLimit, supportBigNumbers: true, bigNumberStrings: false });
  return { dialect: new MysqlDialect({ pool: async () => pool }), pool };
}
