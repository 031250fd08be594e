// Smoke test for the throwaway MariaDB that `npm run test:all` (scripts/test-all.ts) starts and
// passes in MARIADB_URL. Without MARIADB_URL this suite fails on purpose: it must never be
// skipped silently or pointed at a developer's own server.
import mysql from 'mysql2/promise';

const url = process.env.MARIADB_URL;

describe('throwaway MariaDB (MARIADB_URL)', () => {
  let conn: mysql.Connection;
  const table = `server_smoke_${process.pid}_${Date.now()}`;

  beforeAll(async () => {
    if (!url) {
      throw new Error(
        'MARIADB_URL is not set. The mariadb suites run only via `npm run test:all` ' +
          '(scripts/test-all.ts starts a throwaway MariaDB and sets MARIADB_URL).',
      );
    }
    conn = await mysql.createConnection(url);
  });

  afterAll(async () => {
    if (conn) {
      await conn.query(`DROP TABLE IF EXISTS \`${table}\``);
      await conn.end();
    }
  });

  it('is a MariaDB server on a private port (not 3306), with the audit_test database', async () => {
    const parsed = new URL(url!);
    expect(parsed.hostname).toBe('127.0.0.1');
    expect(parsed.port).not.toBe('');
    expect(parsed.port).not.toBe('3306');

    const [rows] = await conn.query<mysql.RowDataPacket[]>(
      'SELECT VERSION() AS version, @@port AS port, DATABASE() AS db, @@character_set_database AS charset',
    );
    const row = rows[0]!;
    expect(String(row.version)).toContain('MariaDB');
    expect(Number(row.port)).toBe(Number(parsed.port));
    expect(Number(row.port)).not.toBe(3306);
    expect(row.db).toBe('audit_test');
    expect(row.charset).toBe('utf8mb4');
  });

  it('creates a table, inserts and reads rows back (including 4-byte UTF-8)', async () => {
    await conn.query(
      `CREATE TABLE \`${table}\` (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB`,
    );
    const [res] = await conn.execute<mysql.ResultSetHeader>(`INSERT INTO \`${table}\` (name) VALUES (?), (?)`, [
      'A.5.1 Policies',
      'emoji 🔐',
    ]);
    expect(res.affectedRows).toBe(2);

    const [rows] = await conn.query<mysql.RowDataPacket[]>(`SELECT id, name FROM \`${table}\` ORDER BY id`);
    expect(rows.map((r) => r.name)).toEqual(['A.5.1 Policies', 'emoji 🔐']);
  });
});
