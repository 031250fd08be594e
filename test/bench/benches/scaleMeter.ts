import type { SqlEngine } from '../../../sandbox/platform/sqlEngine';

/**
 * Forge's documented limits that the scale bench measures each job against (developer.atlassian.com:
 * Forge SQL limits, invocation limits). The sandbox's own Forge SQL limits layer enforces the same
 * values; until the bench reads its figures, this meter measures them around the engine.
 */
export const forgeLimits = {
  responseBytes: 4 * 1024 * 1024,
  /** Forge SQL's 16 MiB memory per query, approximated by the bytes of the result. */
  memoryBytes: 16 * 1024 * 1024,
  requestBytes: 1024 * 1024,
  selectMs: 5_000,
  dmlMs: 10_000,
  dmlPerSecond: 150,
  ddlPerMinute: 25,
  queryMsPerMinute: 62_500,
  resolverMs: 25_000,
  /** Consumers and scheduled triggers: their function's `timeoutSeconds` (at most 900), default 55 s. */
  backgroundDefaultMs: 55_000,
  backgroundMaxMs: 900_000,
} as const;

export type LimitName =
  'response' | 'memory' | 'request' | 'selectTimeout' | 'dmlTimeout' | 'dmlRate' | 'ddlRate' | 'queryTime' | 'wallTime';

/** The field names of the sandbox limits layer's `SqlLimitFigures`, so the swap is one line. */
export interface SqlLimitFigures {
  statements: number;
  dmlStatements: number;
  ddlStatements: number;
  maxResponseBytes: number;
  maxRequestBytes: number;
  maxQueryMs: number;
  queryMsTotal: number;
  limitHits: Partial<Record<LimitName, number>>;
  /** The smallest ratio of limit to use across the SQL limits (Infinity when nothing was used). */
  headroom: number;
}

type Kind = 'select' | 'dml' | 'ddl';

export function kindOf(query: string): Kind {
  const word = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? '';
  if (word === 'SELECT' || word === 'WITH' || word === 'SHOW' || word === 'EXPLAIN') return 'select';
  if (word === 'CREATE' || word === 'ALTER' || word === 'DROP' || word === 'RENAME' || word === 'TRUNCATE')
    return 'ddl';
  return 'dml';
}

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
    engine.execute = async (query: string, params: unknown[]) => {
      // The sandbox answers in-process, so a long job never leaves the microtask queue; letting
      // timers run twice a second lets the bench stop a job that passes its time limit.
      if (performance.now() - yieldedAt > 500) {
        await new Promise((resolve) => setImmediate(resolve));
        yieldedAt = performance.now();
      }
      const startedAt = performance.now();
      const answer = await execute(query, params);
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
