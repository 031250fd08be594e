import { Failure } from '../../domain/failure';

/** The slice of a Forge product response the adapters read (also what the sandbox returns). */
export interface ProductResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/**
 * Turns a failed Jira or Confluence answer into the app's vocabulary. 429 keeps the product's
 * `Retry-After` in the message so the caller (or a queue consumer) can wait that long.
 */
export async function productFailure(response: ProductResponse, what: string): Promise<Failure> {
  const detail = (await response.text().catch(() => '')).slice(0, 300);
  if (response.status === 429) {
    const retryAfter = response.headers.get('retry-after');
    return new Failure(
      'rate_limited',
      `${what}: rate limited by the product${retryAfter ? `, retry after ${retryAfter} s` : ''}`,
    );
  }
  if (response.status === 401 || response.status === 403)
    return new Failure('forbidden', `${what}: not permitted (${response.status})`);
  if (response.status === 404) return new Failure('not_found', `${what}: not found`);
  return new Failure('unavailable', `${what}: the product answered ${response.status} ${detail}`);
}
