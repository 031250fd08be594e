import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';

/** The throwaway server started by scripts/test-all.ts. MariaDB suites fail loudly without it. */
export function mariadbUrl(): string {
  const url = process.env.MARIADB_URL;
  if (!url)
    throw new Error(
      'MARIADB_URL is not set: run MariaDB suites through `npm run test:all`, which starts a throwaway server',
    );
  return url;
}

/** A new, empty database on that server, and a way to drop it. */
export async function freshMariaDb(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(mariadbUrl());
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = await createConnection({ uri: base.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const conn = await createConnection({ uri: base.toString() });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
