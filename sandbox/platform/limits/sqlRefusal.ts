import type { SqlLimitValues } from './sqlLimitOptions';

/** The limit a refusal names (also the key in `SqlLimitFigures.limitHits`). */
export type SqlLimitName = keyof SqlLimitValues;

/** What Forge SQL's HTTP API answers; `@forge/sql` turns a non-2xx `{code, message, …}` into `ForgeSQLAPIError`. */
export interface SqlRefusalBody {
  code: 'TOO_MANY_REQUESTS' | 'QUERY_TIMED_OUT' | 'SQL_EXECUTION_ERROR' | 'REQUEST_TOO_LARGE';
  message: string;
  suggestion?: string;
  /** Lands in `ForgeSQLAPIError.context`: which limit, its value, and for rates how long to wait. */
  context: { limit: SqlLimitName; value: number; retryAfterMs?: number };
}

/**
 * A statement Forge SQL refuses because of one of its limits, carrying the HTTP status and body
 * the platform answers with (docs/sandbox.md, "Forge SQL limits", says which shapes are documented
 * and which are the nearest documented shape). A refused statement changed nothing.
 */
export class SqlLimitRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: SqlRefusalBody,
  ) {
    super(body.message);
    this.name = 'SqlLimitRefusal';
  }

  get limit(): SqlLimitName {
    return this.body.context.limit;
  }

  /** Headers sent with the answer: `Retry-After` in whole seconds for a rate refusal. */
  headers(): Record<string, string> {
    const wait = this.body.context.retryAfterMs;
    return wait === undefined ? {} : { 'Retry-After': String(Math.max(1, Math.ceil(wait / 1000))) };
  }
}

const rateWording: Partial<Record<SqlLimitName, string>> = {
  dmlPerSecond: 'DML requests per second',
  ddlPerMinute: 'DDL requests per minute',
  queryMsPerMinute: 'query execution time per minute (ms)',
};

export function rateRefusal(limit: SqlLimitName, value: number, retryAfterMs: number): SqlLimitRefusal {
  return new SqlLimitRefusal(429, {
    code: 'TOO_MANY_REQUESTS',
    message: `Forge SQL rate limit exceeded: ${rateWording[limit] ?? limit} is limited to ${value} per install`,
    suggestion: `Retry after ${retryAfterMs} ms`,
    context: { limit, value, retryAfterMs },
  });
}

export function timeoutRefusal(limit: SqlLimitName, value: number, tookMs: number): SqlLimitRefusal {
  return new SqlLimitRefusal(504, {
    code: 'QUERY_TIMED_OUT',
    message: `The query timed out: it ran ${Math.round(tookMs)} ms, over the ${value} ms allowed`,
    suggestion: 'Make the query cheaper (an index, a narrower filter, a smaller page)',
    context: { limit, value },
  });
}

export function sizeRefusal(limit: SqlLimitName, value: number, bytes: number): SqlLimitRefusal {
  if (limit === 'requestBytes') {
    return new SqlLimitRefusal(413, {
      code: 'REQUEST_TOO_LARGE',
      message: `The request is ${bytes} bytes, over Forge SQL's ${value}-byte request limit`,
      suggestion: 'Send fewer rows or smaller values per statement',
      context: { limit, value },
    });
  }
  const what: Partial<Record<SqlLimitName, string>> = {
    responseBytes: `The response is ${bytes} bytes, over Forge SQL's ${value}-byte response limit`,
    memoryBytes: `The query needed about ${bytes} bytes of memory, over Forge SQL's ${value}-byte limit per query`,
    storedBytes: `The install stores ${bytes} bytes, at or over its ${value}-byte Forge SQL quota`,
  };
  return new SqlLimitRefusal(400, {
    code: 'SQL_EXECUTION_ERROR',
    message: what[limit] ?? `${limit} exceeded`,
    suggestion: limit === 'storedBytes' ? 'Delete data to free space' : 'Page the query with LIMIT',
    context: { limit, value },
  });
}
