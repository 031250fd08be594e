import type BetterSqlite3 from 'better-sqlite3';

type Answer = { status: number; body?: unknown };

const notFound: Answer = { status: 404, body: { code: 'KEY_NOT_FOUND', message: 'The key does not exist' } };
const badRequest = (message: string): Answer => ({ status: 400, body: { code: 'BAD_REQUEST', message } });

const MAX_KEY = 500;
const MAX_VALUE_BYTES = 240 * 1024;

/**
 * Forge KVS over the wire `@forge/kvs` speaks (docs/forge.md "KVS"), persisted in the sandbox's SQLite
 * file: plain keys, secrets (a separate store), `beginsWith` queries with cursors, batches. Custom
 * entities and transactions answer 501 until the app uses them — better a loud gap than a guess.
 */
export class KvsEmulator {
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly clock: () => Date,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS forge_kvs (
      store TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expire_at INTEGER,
      PRIMARY KEY (store, key))`);
  }

  handle(path: string, body: Record<string, unknown>): Answer {
    const route = path.replace(/^\/api\/v1/, '');
    switch (route) {
      case '/get':
        return this.get('app', body);
      case '/secret/get':
        return this.get('secret', body);
      case '/set':
        return this.set('app', body);
      case '/secret/set':
        return this.set('secret', body);
      case '/delete':
        return this.remove('app', body);
      case '/secret/delete':
        return this.remove('secret', body);
      case '/query':
        return this.query(body);
      case '/batch/get':
        return this.batchGet(body as unknown as Array<{ key: string }>);
      case '/batch/set':
        return this.batchSet(body as unknown as Array<{ key: string; value: unknown }>);
      case '/batch/delete':
        return this.batchDelete(body as unknown as Array<{ key: string }>);
      default:
        return {
          status: 501,
          body: { code: 'NOT_EMULATED', message: `The sandbox KVS does not emulate ${route} yet` },
        };
    }
  }

  private live(store: string, key: string): { value: string; created_at: number; updated_at: number } | undefined {
    const row = this.db
      .prepare('SELECT value, created_at, updated_at, expire_at FROM forge_kvs WHERE store = ? AND key = ?')
      .get(store, key) as
      { value: string; created_at: number; updated_at: number; expire_at: number | null } | undefined;
    if (!row) return undefined;
    if (row.expire_at !== null && row.expire_at <= this.clock().getTime()) return undefined;
    return row;
  }

  private get(store: string, body: Record<string, unknown>): Answer {
    const key = String(body.key ?? '');
    const row = this.live(store, key);
    if (!row) return notFound;
    return {
      status: 200,
      body: { key, value: JSON.parse(row.value), createdAt: row.created_at, updatedAt: row.updated_at },
    };
  }

  private set(store: string, body: Record<string, unknown>): Answer {
    const key = String(body.key ?? '');
    if (!key || key.length > MAX_KEY) return badRequest(`Keys are 1 to ${MAX_KEY} characters`);
    const text = JSON.stringify(body.value ?? null);
    if (Buffer.byteLength(text) > MAX_VALUE_BYTES)
      // "Error handling for the Key-Value Store": a 400 whose code is MAX_SIZE.
      return { status: 400, body: { code: 'MAX_SIZE', message: 'The value exceeds the maximum size of 240 KiB' } };
    const options = (body.options ?? {}) as { keyPolicy?: string; ttl?: { value: number; unit: string } };
    const now = this.clock().getTime();
    const existing = this.live(store, key);
    if (existing && options.keyPolicy === 'FAIL_IF_EXISTS') {
      return { status: 409, body: { code: 'KEY_ALREADY_EXISTS', message: `Key ${key} already exists` } };
    }
    const unitMs: Record<string, number> = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };
    const expireAt = options.ttl ? now + options.ttl.value * (unitMs[options.ttl.unit] ?? 1000) : null;
    this.db
      .prepare(
        `INSERT INTO forge_kvs (store, key, value, created_at, updated_at, expire_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (store, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, expire_at = excluded.expire_at`,
      )
      .run(store, key, text, existing?.created_at ?? now, now, expireAt);
    return { status: 204 };
  }

  private remove(store: string, body: Record<string, unknown>): Answer {
    const info = this.db
      .prepare('DELETE FROM forge_kvs WHERE store = ? AND key = ?')
      .run(store, String(body.key ?? ''));
    return info.changes > 0 ? { status: 204 } : notFound;
  }

  private query(body: Record<string, unknown>): Answer {
    const where = (body.where ?? []) as Array<{ property: string; condition: string; values: unknown[] }>;
    const prefix = where.find((w) => w.property === 'key' && w.condition === 'BEGINS_WITH')?.values?.[0];
    const limit = Math.min(Number(body.limit ?? 10), 100);
    const after = typeof body.after === 'string' ? body.after : '';
    const rows = this.db
      .prepare(
        `SELECT key, value, expire_at FROM forge_kvs WHERE store = 'app' AND key > ? AND key LIKE ? ESCAPE '\\' ORDER BY key LIMIT ?`,
      )
      .all(after, `${String(prefix ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit + 1) as Array<{
      key: string;
      value: string;
      expire_at: number | null;
    }>;
    const now = this.clock().getTime();
    const live = rows.filter((r) => r.expire_at === null || r.expire_at > now);
    const page = live.slice(0, limit);
    const data = page.map((r) => ({ key: r.key, value: JSON.parse(r.value) as unknown }));
    return { status: 200, body: live.length > limit ? { data, cursor: page[page.length - 1]!.key } : { data } };
  }

  private batchGet(items: Array<{ key: string }>): Answer {
    const successfulKeys: unknown[] = [];
    const failedKeys: unknown[] = [];
    for (const item of items) {
      const row = this.live('app', item.key);
      if (row) successfulKeys.push({ key: item.key, value: JSON.parse(row.value) });
      else failedKeys.push({ key: item.key, error: { code: 'KEY_NOT_FOUND', message: 'The key does not exist' } });
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private batchSet(items: Array<{ key: string; value: unknown }>): Answer {
    const successfulKeys: unknown[] = [];
    const failedKeys: unknown[] = [];
    for (const item of items) {
      const answer = this.set('app', item);
      if (answer.status < 300) successfulKeys.push({ key: item.key });
      else failedKeys.push({ key: item.key, error: answer.body });
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private batchDelete(items: Array<{ key: string }>): Answer {
    for (const item of items) this.remove('app', item);
    return { status: 200, body: { successfulKeys: items.map((i) => ({ key: i.key })), failedKeys: [] } };
  }
}
