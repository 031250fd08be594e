import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { AsyncEventLimits } from './limits/asyncEventLimits';

/** What a consumer run returned: Forge's `InvocationError` asks for a retry. */
interface RetryRequest {
  _retry: true;
  retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown };
}
const isRetryRequest = (value: unknown): value is RetryRequest =>
  !!value && typeof value === 'object' && (value as { _retry?: unknown })._retry === true;

/** An event's `{key, limit}`: events sharing a key run at most `limit` at a time. */
const isConcurrency = (value: unknown): boolean => {
  const c = value as { key?: unknown; limit?: unknown } | null;
  return !!c && typeof c.key === 'string' && c.key.length > 0 && Number.isInteger(c.limit) && Number(c.limit) >= 1;
};

/** Forge retries an async event a limited number of times before giving up on it. */
export const MAX_RETRIES = 4;

export type ConsumerRunner = (queueName: string, event: Record<string, unknown>) => Promise<unknown>;

interface EventRow {
  id: string;
  queue: string;
  job_id: string;
  event_json: string;
  due_at: number;
  attempts: number;
  retry_json: string | null;
}

/**
 * Forge's async events (`@forge/events` Queue) over its wire (docs/forge.md "Queues"), persisted in SQLite:
 * push, job stats and cancel; delivery at least once to the app's consumer, with `delayInSeconds`,
 * `InvocationError` retries (`retryAfter`, `retryData`) and re-runs of a consumer that crashed —
 * up to MAX_RETRIES, then the event counts as failed. Delivery runs when `runDue` is called (the
 * sandbox ticks it; tests call `drain`), at times read from the sandbox clock. It delivers one
 * event at a time, so every event's `concurrency` limit holds (its shape is checked on push).
 */
export class QueueEmulator {
  private running = false;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly clock: () => Date,
    private readonly runConsumer: ConsumerRunner,
    /** Forge's per-push and per-minute limits (on unless the caller passes others). */
    readonly limits: AsyncEventLimits = new AsyncEventLimits(),
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS forge_queue_event (
      id TEXT PRIMARY KEY, queue TEXT NOT NULL, job_id TEXT NOT NULL, event_json TEXT NOT NULL,
      due_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
      state TEXT NOT NULL, retry_json TEXT, last_error TEXT)`);
    // A sandbox restarted mid-run re-delivers what was running: at least once.
    db.prepare("UPDATE forge_queue_event SET state = 'pending' WHERE state = 'running'").run();
  }

  /** The stargate paths `@forge/events` posts to. */
  handle(path: string, body: Record<string, unknown>): { status: number; body?: unknown } {
    if (path.startsWith('/webhook/queue/publish/')) return this.publish(body);
    if (path.startsWith('/webhook/queue/stats/')) return this.stats(String(body.jobId));
    if (path.startsWith('/webhook/queue/cancel/')) return this.cancel(String(body.jobId));
    return { status: 404, body: { errorMessage: `No queue endpoint at ${path}` } };
  }

  private publish(body: Record<string, unknown>): { status: number; body?: unknown } {
    const events = body.payload as Array<{ body: unknown; delayInSeconds?: number; concurrency?: unknown }>;
    if (!Array.isArray(events) || events.length === 0) return { status: 400, body: { errorMessage: 'No events' } };
    if (events.some((event) => event.concurrency !== undefined && !isConcurrency(event.concurrency))) {
      return {
        status: 400,
        body: { errorMessage: 'concurrency needs a non-empty key and a whole-number limit of 1 or more' },
      };
    }
    const refused = this.limits.check(events);
    if (refused) return refused;
    const now = this.clock().getTime();
    const insert = this.db.prepare(
      "INSERT INTO forge_queue_event (id, queue, job_id, event_json, due_at, state) VALUES (?, ?, ?, ?, ?, 'pending')",
    );
    for (const event of events) {
      insert.run(
        randomUUID(),
        String(body.queueName),
        String(body.jobId),
        JSON.stringify(event),
        now + (event.delayInSeconds ?? 0) * 1000,
      );
    }
    return { status: 201, body: {} };
  }

  stats(jobId: string): { status: number; body?: unknown } {
    const rows = this.db
      .prepare('SELECT state, COUNT(*) AS n FROM forge_queue_event WHERE job_id = ? GROUP BY state')
      .all(jobId) as Array<{
      state: string;
      n: number;
    }>;
    if (rows.length === 0) return { status: 404, body: { errorMessage: `Job ${jobId} does not exist` } };
    const count = (...states: string[]) =>
      rows.filter((r) => states.includes(r.state)).reduce((sum, r) => sum + r.n, 0);
    return {
      status: 200,
      body: { success: count('done'), inProgress: count('pending', 'running'), failed: count('failed') },
    };
  }

  private cancel(jobId: string): { status: number; body?: unknown } {
    const info = this.db
      .prepare("UPDATE forge_queue_event SET state = 'cancelled' WHERE job_id = ? AND state = 'pending'")
      .run(jobId);
    const exists = this.db.prepare('SELECT 1 FROM forge_queue_event WHERE job_id = ? LIMIT 1').get(jobId);
    return exists || info.changes > 0
      ? { status: 204 }
      : { status: 404, body: { errorMessage: `Job ${jobId} does not exist` } };
  }

  pendingCount(): number {
    return (
      this.db.prepare("SELECT COUNT(*) AS n FROM forge_queue_event WHERE state = 'pending'").get() as { n: number }
    ).n;
  }

  /** Delivers every event due now, one at a time, in due order. Returns how many ran. */
  async runDue(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let ran = 0;
    try {
      for (;;) {
        const row = this.db
          .prepare(
            "SELECT * FROM forge_queue_event WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, rowid LIMIT 1",
          )
          .get(this.clock().getTime()) as EventRow | undefined;
        if (!row) return ran;
        ran += 1;
        await this.deliver(row);
      }
    } finally {
      this.running = false;
    }
  }

  /** Runs due events until none is left (events delayed into the future stay pending). */
  async drain(): Promise<number> {
    let total = 0;
    for (let ran = await this.runDue(); ran > 0; ran = await this.runDue()) total += ran;
    return total;
  }

  private async deliver(row: EventRow): Promise<void> {
    this.db.prepare("UPDATE forge_queue_event SET state = 'running', attempts = attempts + 1 WHERE id = ?").run(row.id);
    const pushed = JSON.parse(row.event_json) as Record<string, unknown>;
    const retryContext = row.retry_json ? (JSON.parse(row.retry_json) as Record<string, unknown>) : undefined;
    const event = {
      ...pushed,
      queueName: row.queue,
      jobId: row.job_id,
      eventId: row.id,
      ...(retryContext ? { retryContext } : {}),
    };
    let outcome: unknown;
    let crash: unknown;
    try {
      outcome = await this.runConsumer(row.queue, event);
    } catch (error) {
      crash = error;
    }
    if (crash === undefined && !isRetryRequest(outcome)) {
      this.db.prepare("UPDATE forge_queue_event SET state = 'done' WHERE id = ?").run(row.id);
      return;
    }
    const retryCount = (Number(retryContext?.retryCount ?? 0) || 0) + 1;
    if (retryCount > MAX_RETRIES) {
      const reason = crash ? String(crash instanceof Error ? crash.message : crash) : 'retries exhausted';
      this.db.prepare("UPDATE forge_queue_event SET state = 'failed', last_error = ? WHERE id = ?").run(reason, row.id);
      return;
    }
    const options = isRetryRequest(outcome) ? (outcome.retryOptions ?? {}) : {};
    const next = {
      retryCount,
      retryReason: crash ? 'FUNCTION_UNHANDLED_ERROR' : (options.retryReason ?? 'FUNCTION_RETRY_REQUEST'),
      retryData: options.retryData,
    };
    const delaySeconds = Math.max(1, Number(options.retryAfter ?? 1));
    this.db
      .prepare(
        "UPDATE forge_queue_event SET state = 'pending', due_at = ?, retry_json = ?, last_error = ? WHERE id = ?",
      )
      .run(this.clock().getTime() + delaySeconds * 1000, JSON.stringify(next), crash ? String(crash) : null, row.id);
  }
}
