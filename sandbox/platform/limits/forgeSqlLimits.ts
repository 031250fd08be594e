import { performance } from 'node:perf_hooks';
import { StatementTimedOut, type SqlEngine } from '../sqlEngine';
import { SqlLimitTracker, type SqlHeadroomByLimit, type SqlLimitFigures } from './sqlLimitFigures';
import {
  FORGE_SQL_LIMITS,
  growsStorage,
  statementKind,
  type SqlLimitOptions,
  type SqlLimitValues,
  type StatementKind,
} from './sqlLimitOptions';
import { rateRefusal, sizeRefusal, SqlLimitRefusal, timeoutRefusal } from './sqlRefusal';

const timeoutOf: Record<StatementKind, 'selectTimeoutMs' | 'dmlTimeoutMs' | 'ddlTimeoutMs'> = {
  select: 'selectTimeoutMs',
  dml: 'dmlTimeoutMs',
  ddl: 'ddlTimeoutMs',
};

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');

/**
 * Forge SQL's limits around any `SqlEngine` (SQLite or MariaDB): the per-query request, response,
 * memory and timeout limits and the per-install DML/DDL rates, query time per minute and storage
 * quota. A refused statement throws `SqlLimitRefusal` (the status and body Forge answers) and
 * changes nothing: rates, request size and a full quota refuse before running; a timeout is rolled
 * back where the engine can undo a statement (SQLite, measured after it ran) or stopped and undone
 * by the engine while it runs (MariaDB's `max_statement_time`, see docs/sandbox.md); size refusals
 * only arise on reads.
 */
export class ForgeSqlLimits implements SqlEngine {
  readonly limits: Readonly<SqlLimitValues>;
  private readonly tracker: SqlLimitTracker;
  private readonly now: () => number;
  private readonly storageCheckEvery: number;
  private writesSinceStorageCheck: number;
  private lastStoredBytes = 0;

  constructor(
    readonly engine: SqlEngine,
    options: SqlLimitOptions = {},
  ) {
    const { monotonicNow, storageCheckEvery, ...values } = options;
    this.limits = Object.freeze({ ...FORGE_SQL_LIMITS, ...definedOnly(values) });
    for (const [name, value] of Object.entries(this.limits)) {
      if (!(typeof value === 'number' && value > 0))
        throw new RangeError(`Forge SQL limit ${name} must be a positive number`);
    }
    this.tracker = new SqlLimitTracker(this.limits);
    this.now = monotonicNow ?? (() => performance.now());
    this.storageCheckEvery = storageCheckEvery ?? 100;
    if (!(this.storageCheckEvery >= 1)) throw new RangeError('storageCheckEvery must be at least 1');
    this.writesSinceStorageCheck = this.storageCheckEvery; // the first write measures
  }

  get kind(): SqlEngine['kind'] {
    return this.engine.kind;
  }

  get statements(): number {
    return this.engine.statements;
  }

  set statements(value: number) {
    this.engine.statements = value;
  }

  figures(): SqlLimitFigures {
    return this.tracker.figures();
  }

  headroomBy(): SqlHeadroomByLimit {
    return this.tracker.headroomBy();
  }

  /** Zeroes the figures (a bench between two jobs, `POST /sandbox/reset`). */
  reset(): void {
    this.tracker.reset();
  }

  execute(query: string, params: unknown[]): Promise<{ rows: unknown }> {
    return this.executeVia(query, params);
  }

  /** One statement as Forge SQL's API receives it: on the DML endpoint or the DDL one. */
  async executeVia(query: string, params: unknown[], endpoint?: 'dml' | 'ddl'): Promise<{ rows: unknown }> {
    try {
      return await this.limited(query, params, statementKind(query, endpoint));
    } catch (error) {
      if (error instanceof SqlLimitRefusal) this.tracker.recordHit(error.limit);
      throw error;
    }
  }

  close(): Promise<void> {
    return this.engine.close();
  }

  private async limited(query: string, params: unknown[], kind: StatementKind): Promise<{ rows: unknown }> {
    const requestBytes = jsonBytes({ query, params });
    this.tracker.recordRequest(requestBytes);
    if (requestBytes > this.limits.requestBytes)
      throw sizeRefusal('requestBytes', this.limits.requestBytes, requestBytes);
    this.admit(kind);
    if (kind === 'dml' && growsStorage(query)) await this.checkStorage();

    const startedAt = this.now();
    let responseBytes = 0;
    let tookMs = 0;
    const keep = (answer: { rows: unknown }): Error | undefined => {
      tookMs = this.now() - startedAt;
      const timeout = this.limits[timeoutOf[kind]];
      if (tookMs > timeout) return timeoutRefusal(timeoutOf[kind], timeout, tookMs);
      responseBytes = jsonBytes(answer);
      if (responseBytes > this.limits.memoryBytes)
        return sizeRefusal('memoryBytes', this.limits.memoryBytes, responseBytes);
      if (responseBytes > this.limits.responseBytes)
        return sizeRefusal('responseBytes', this.limits.responseBytes, responseBytes);
      return undefined;
    };
    try {
      if (this.engine.executeUndoable) return await this.engine.executeUndoable(query, params, keep);
      const answer = await this.runWithin(query, params, kind);
      const refusal = keep(answer);
      if (refusal) throw refusal;
      return answer;
    } finally {
      // Time spent counts against the minute's query time even when the answer was refused.
      if (tookMs === 0) tookMs = this.now() - startedAt;
      this.tracker.recordExecuted(kind, this.now(), tookMs, responseBytes);
    }
  }

  /**
   * A SELECT or a write on an engine that can stop a statement (MariaDB) is stopped at its timeout
   * while it runs, undone by the engine and answered QUERY_TIMED_OUT, as Forge SQL does; the check
   * after the answer still catches one that ended just past its time. DDL keeps the check after
   * the answer: MariaDB cannot undo a schema change, so stopping one half-way would gain nothing.
   */
  private async runWithin(query: string, params: unknown[], kind: StatementKind): Promise<{ rows: unknown }> {
    if (kind === 'ddl' || !this.engine.executeWithin) return this.engine.execute(query, params);
    const limit = this.limits[timeoutOf[kind]];
    const startedAt = this.now();
    try {
      return await this.engine.executeWithin(query, params, limit);
    } catch (error) {
      if (error instanceof StatementTimedOut) throw timeoutRefusal(timeoutOf[kind], limit, this.now() - startedAt);
      throw error;
    }
  }

  /** Refuses a statement over a per-install rate; otherwise counts it in its window. */
  private admit(kind: StatementKind): void {
    const now = this.now();
    const { dmlWindow, ddlWindow, queryTimeWindow } = this.tracker;
    if (queryTimeWindow.total(now) >= this.limits.queryMsPerMinute) {
      throw rateRefusal('queryMsPerMinute', this.limits.queryMsPerMinute, queryTimeWindow.msUntilOldestLeaves(now));
    }
    if (kind === 'dml' && dmlWindow.total(now) >= this.limits.dmlPerSecond) {
      throw rateRefusal('dmlPerSecond', this.limits.dmlPerSecond, dmlWindow.msUntilOldestLeaves(now));
    }
    if (kind === 'ddl' && ddlWindow.total(now) >= this.limits.ddlPerMinute) {
      throw rateRefusal('ddlPerMinute', this.limits.ddlPerMinute, ddlWindow.msUntilOldestLeaves(now));
    }
    this.tracker.recordAdmitted(kind, now);
  }

  /** Measures stored bytes at most every `storageCheckEvery` writes; refuses a growing write once full. */
  private async checkStorage(): Promise<void> {
    this.writesSinceStorageCheck += 1;
    if (this.writesSinceStorageCheck >= this.storageCheckEvery && this.engine.storedBytes) {
      this.writesSinceStorageCheck = 0;
      this.lastStoredBytes = await this.engine.storedBytes();
      this.tracker.recordStored(this.lastStoredBytes);
    }
    if (this.lastStoredBytes >= this.limits.storedBytes) {
      throw sizeRefusal('storedBytes', this.limits.storedBytes, this.lastStoredBytes);
    }
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
