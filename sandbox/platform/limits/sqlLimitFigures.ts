import type { SqlLimitValues, StatementKind } from './sqlLimitOptions';
import type { SqlLimitName } from './sqlRefusal';
import { SlidingWindow } from './slidingWindow';

/**
 * What Forge SQL's limits layer saw since its last reset, for benches and tests
 * (`platform.sqlLimits.figures()`; `platform.sqlLimits.reset()` starts over).
 */
export interface SqlLimitFigures {
  /** Statements executed (refused ones are in `limitHits`, not here). */
  statements: number;
  dmlStatements: number;
  ddlStatements: number;
  /** Largest answer, in JSON bytes. */
  maxResponseBytes: number;
  /** Largest request, in JSON bytes of query and parameters. */
  maxRequestBytes: number;
  /** Slowest statement, ms. */
  maxQueryMs: number;
  queryMsTotal: number;
  /** Refusals by the limit that refused them (`dmlPerSecond`, `responseBytes`, …). */
  limitHits: Record<string, number>;
  /**
   * The smallest ratio of limit to observed use across the per-query and per-install limits
   * (`Infinity` when nothing ran): below 1 a limit was hit, the goal at the large customer is ≥ 2.
   */
  headroom: number;
}

/** Per limit, the ratio of the limit to the largest use seen (absent when unused). */
export type SqlHeadroomByLimit = Partial<Record<SqlLimitName, number>>;

/** Keeps the figures and the per-install rate windows. */
export class SqlLimitTracker {
  private counts = { statements: 0, dml: 0, ddl: 0, queryMsTotal: 0 };
  private largest = { response: 0, request: 0, select: 0, dml: 0, ddl: 0, stored: 0 };
  private hits = new Map<string, number>();
  readonly dmlWindow = new SlidingWindow(1_000);
  readonly ddlWindow = new SlidingWindow(60_000);
  readonly queryTimeWindow = new SlidingWindow(60_000);

  constructor(private readonly limits: SqlLimitValues) {}

  recordRequest(bytes: number): void {
    this.largest.request = Math.max(this.largest.request, bytes);
  }

  recordExecuted(kind: StatementKind, at: number, tookMs: number, responseBytes: number): void {
    this.counts.statements += 1;
    this.counts.queryMsTotal += tookMs;
    if (kind === 'dml') this.counts.dml += 1;
    if (kind === 'ddl') this.counts.ddl += 1;
    this.largest[kind] = Math.max(this.largest[kind], tookMs);
    this.largest.response = Math.max(this.largest.response, responseBytes);
    this.queryTimeWindow.record(at, tookMs);
  }

  /** A statement let through the rate limits counts in its window whether or not it then succeeds. */
  recordAdmitted(kind: StatementKind, at: number): void {
    if (kind === 'dml') this.dmlWindow.record(at);
    if (kind === 'ddl') this.ddlWindow.record(at);
  }

  recordStored(bytes: number): void {
    this.largest.stored = Math.max(this.largest.stored, bytes);
  }

  recordHit(limit: SqlLimitName): void {
    this.hits.set(limit, (this.hits.get(limit) ?? 0) + 1);
  }

  headroomBy(): SqlHeadroomByLimit {
    const l = this.limits;
    const uses: [SqlLimitName, number, number][] = [
      ['responseBytes', l.responseBytes, this.largest.response],
      ['memoryBytes', l.memoryBytes, this.largest.response],
      ['requestBytes', l.requestBytes, this.largest.request],
      ['selectTimeoutMs', l.selectTimeoutMs, this.largest.select],
      ['dmlTimeoutMs', l.dmlTimeoutMs, this.largest.dml],
      ['ddlTimeoutMs', l.ddlTimeoutMs, this.largest.ddl],
      ['dmlPerSecond', l.dmlPerSecond, this.dmlWindow.peak()],
      ['ddlPerMinute', l.ddlPerMinute, this.ddlWindow.peak()],
      ['queryMsPerMinute', l.queryMsPerMinute, this.queryTimeWindow.peak()],
      ['storedBytes', l.storedBytes, this.largest.stored],
    ];
    return Object.fromEntries(uses.filter(([, , used]) => used > 0).map(([name, limit, used]) => [name, limit / used]));
  }

  figures(): SqlLimitFigures {
    return {
      statements: this.counts.statements,
      dmlStatements: this.counts.dml,
      ddlStatements: this.counts.ddl,
      maxResponseBytes: this.largest.response,
      maxRequestBytes: this.largest.request,
      maxQueryMs: Math.max(this.largest.select, this.largest.dml, this.largest.ddl),
      queryMsTotal: this.counts.queryMsTotal,
      limitHits: Object.fromEntries([...this.hits.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
      headroom: Math.min(Infinity, ...Object.values(this.headroomBy())),
    };
  }

  /**
   * Zeroes the figures and peaks. The rate windows keep their recent statements (only their peaks
   * restart), so a reset between two bench jobs does not hand the second a fresh allowance.
   */
  reset(): void {
    this.counts = { statements: 0, dml: 0, ddl: 0, queryMsTotal: 0 };
    this.largest = { response: 0, request: 0, select: 0, dml: 0, ddl: 0, stored: 0 };
    this.hits.clear();
    this.dmlWindow.restartPeak();
    this.ddlWindow.restartPeak();
    this.queryTimeWindow.restartPeak();
  }
}
