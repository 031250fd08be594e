import {
  FORGE_SQL_LIMITS,
  statementKind,
  type SqlLimitFigures as LayerFigures,
  type StatementKind,
} from '../../../sandbox/platform/limits';
import type { SqlEngine } from '../../../sandbox/platform/sqlEngine';

/**
 * Forge's documented limits that the scale bench measures each job against: Forge SQL's from the
 * sandbox's own limits layer (one table of values), the invocation limits beside them. The meter
 * measures and never refuses, so a job shows every limit it would hit, not only the first.
 */
export const forgeLimits = {
  responseBytes: FORGE_SQL_LIMITS.responseBytes,
  /** Forge SQL's 16 MiB memory per query, approximated by the bytes of the result. */
  memoryBytes: FORGE_SQL_LIMITS.memoryBytes,
  requestBytes: FORGE_SQL_LIMITS.requestBytes,
  selectMs: FORGE_SQL_LIMITS.selectTimeoutMs,
  dmlMs: FORGE_SQL_LIMITS.dmlTimeoutMs,
  dmlPerSecond: FORGE_SQL_LIMITS.dmlPerSecond,
  ddlPerMinute: FORGE_SQL_LIMITS.ddlPerMinute,
  queryMsPerMinute: FORGE_SQL_LIMITS.queryMsPerMinute,
  resolverMs: 25_000,
  /** Consumers and scheduled triggers: their function's `timeoutSeconds` (at most 900), default 55 s. */
  backgroundDefaultMs: 55_000,
  backgroundMaxMs: 900_000,
} as const;

export type LimitName =
  'response' | 'memory' | 'request' | 'selectTimeout' | 'dmlTimeout' | 'dmlRate' | 'ddlRate' | 'queryTime' | 'wallTime';

/** The sandbox limits layer's figures, with every limit the meter saw crossed named by its kind. */
export type SqlLimitFigures = Omit<LayerFigures, 'limitHits'> & { limitHits: Partial<Record<LimitName, number>> };

type Kind = StatementKind;

/** A statement's kind as Forge SQL's limits count it (the sandbox limits layer's own rule). */
export const kindOf = (query: string): Kind => statementKind(query);

/** The most events inside any window of `windowMs` (times ascending), and the most of `weights` summed. */
export function peakInWindow(times: number[], windowMs: number, weights?: number[]): number {
  let peak = 0;
  let sum = 0;
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    sum += weights ? weights[end]! : 1;
    while (times[end]! - times[start]! >= windowMs) {
      sum -= weights ? weights[start]! : 1;
      start += 1;
    }
    peak = Math.max(peak, sum);
  }
  return peak;
}

const ratio = (limit: number, used: number) => (used > 0 ? limit / used : Infinity);

/**
 * Wraps a sandbox SQL engine in place (the platform's Forge SQL route holds the same object) and
 * measures every statement: its kind, request bytes (query text and parameters), response bytes
 * (the JSON the Forge SQL API would answer) and time. It measures only; it never refuses a
 * statement, so a job's figures show every limit it would hit, not just the first.
 */
export class SqlLimitMeter {
  private statements: Array<{
    kind: Kind;
    startedAt: number;
    ms: number;
    requestBytes: number;
    responseBytes: number;
  }> = [];

  constructor(engine: SqlEngine) {
    const execute = engine.execute.bind(engine);
    let yieldedAt = performance.now();
    const measured = async (query: string, params: unknown[], run: () => Promise<{ rows: unknown }>) => {
      // The sandbox answers in-process, so a long job never leaves the microtask queue; letting
      // timers run twice a second lets the bench stop a job that passes its time limit.
      if (performance.now() - yieldedAt > 500) {
        await new Promise((resolve) => setImmediate(resolve));
        yieldedAt = performance.now();
      }
      const startedAt = performance.now();
      const answer = await run();
      const ms = performance.now() - startedAt;
      this.statements.push({
        kind: kindOf(query),
        startedAt,
        ms,
        requestBytes: Buffer.byteLength(query) + Buffer.byteLength(JSON.stringify(params)),
        responseBytes: Buffer.byteLength(JSON.stringify(answer)),
      });
      return answer;
    };
    engine.execute = (query: string, params: unknown[]) => measured(query, params, () => execute(query, params));
    // The sandbox's Forge SQL limits run every statement through this one where the engine has it
    // (SQLite), so a meter on `execute` alone would see none of the app's statements.
    const undoable = engine.executeUndoable?.bind(engine);
    if (undoable) {
      engine.executeUndoable = (query, params, keep) => measured(query, params, () => undoable(query, params, keep));
    }
  }

  reset(): void {
    this.statements = [];
  }

  figures(): SqlLimitFigures {
    const all = this.statements;
    const of = (kind: Kind) => all.filter((s) => s.kind === kind);
    const max = (values: number[]) => values.reduce((m, v) => Math.max(m, v), 0);
    const hits: Partial<Record<LimitName, number>> = {};
    const hit = (name: LimitName, count: number) => {
      if (count > 0) hits[name] = (hits[name] ?? 0) + count;
    };
    hit('response', all.filter((s) => s.responseBytes > forgeLimits.responseBytes).length);
    hit('memory', all.filter((s) => s.responseBytes > forgeLimits.memoryBytes).length);
    hit('request', all.filter((s) => s.requestBytes > forgeLimits.requestBytes).length);
    hit('selectTimeout', of('select').filter((s) => s.ms > forgeLimits.selectMs).length);
    hit('dmlTimeout', of('dml').filter((s) => s.ms > forgeLimits.dmlMs).length);
    const dmlPeak = peakInWindow(
      of('dml').map((s) => s.startedAt),
      1_000,
    );
    const ddlPeak = peakInWindow(
      of('ddl').map((s) => s.startedAt),
      60_000,
    );
    const queryMsPeak = peakInWindow(
      all.map((s) => s.startedAt),
      60_000,
      all.map((s) => s.ms),
    );
    hit('dmlRate', dmlPeak > forgeLimits.dmlPerSecond ? 1 : 0);
    hit('ddlRate', ddlPeak > forgeLimits.ddlPerMinute ? 1 : 0);
    hit('queryTime', queryMsPeak > forgeLimits.queryMsPerMinute ? 1 : 0);
    const maxResponseBytes = max(all.map((s) => s.responseBytes));
    const maxSelectMs = max(of('select').map((s) => s.ms));
    const maxWriteMs = max([...of('dml'), ...of('ddl')].map((s) => s.ms));
    return {
      statements: all.length,
      dmlStatements: of('dml').length,
      ddlStatements: of('ddl').length,
      maxResponseBytes,
      maxRequestBytes: max(all.map((s) => s.requestBytes)),
      maxQueryMs: max(all.map((s) => s.ms)),
      queryMsTotal: all.reduce((sum, s) => sum + s.ms, 0),
      limitHits: hits,
      headroom: Math.min(
        ratio(forgeLimits.responseBytes, maxResponseBytes),
        ratio(forgeLimits.requestBytes, max(all.map((s) => s.requestBytes))),
        ratio(forgeLimits.selectMs, maxSelectMs),
        ratio(forgeLimits.dmlMs, maxWriteMs),
        ratio(forgeLimits.dmlPerSecond, dmlPeak),
        ratio(forgeLimits.ddlPerMinute, ddlPeak),
        ratio(forgeLimits.queryMsPerMinute, queryMsPeak),
      ),
    };
  }
}
