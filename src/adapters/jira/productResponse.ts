import { Failure, ProductUnavailable } from '../../domain/failure';

/** The slice of a Forge product response the adapters read (also what the sandbox returns). */
export interface ProductResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
  /** The body's bytes (a file download). */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

/** Retry-After in whole seconds (Atlassian sends seconds; an HTTP date is read too). */
export function retryAfterSeconds(response: ProductResponse, now = Date.now()): number | null {
  const header = response.headers.get('retry-after');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Turns a failed Jira or Confluence answer into the app's vocabulary. A 429 or a 5xx is
 * `ProductUnavailable`, keeping the product's `Retry-After` so a queue consumer can wait that long;
 * a 5xx answer to a write is `uncertain` (the product may have acted before the answer was lost),
 * so whoever retries must look before writing again. A 429 is certain: Atlassian's edge refused it.
 */
export async function productFailure(
  response: ProductResponse,
  what: string,
  options: { write?: boolean } = {},
): Promise<Failure> {
  const detail = (await response.text().catch(() => '')).slice(0, 300);
  if (response.status === 429) {
    const retryAfter = retryAfterSeconds(response);
    return new ProductUnavailable(
      'rate_limited',
      `${what}: rate limited by the product${retryAfter !== null ? `, retry after ${retryAfter} s` : ''}`,
      retryAfter,
      false,
    );
  }
  if (response.status >= 500) {
    return new ProductUnavailable(
      'unavailable',
      `${what}: the product answered ${response.status} ${detail}`.trim(),
      retryAfterSeconds(response),
      options.write === true,
    );
  }
  if (response.status === 401 || response.status === 403)
    return new Failure('forbidden', `${what}: not permitted (${response.status})`);
  if (response.status === 404) return new Failure('not_found', `${what}: not found`);
  return new Failure('unavailable', `${what}: the product answered ${response.status} ${detail}`);
}
