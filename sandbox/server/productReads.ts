import type { SandboxPlatform } from '../site/sandboxPlatform';

/**
 * A product read the site's own pages make (as the app, like the product rendering itself); the
 * body is untyped JSON the page picks fields from.
 */
export async function productGet(
  platform: SandboxPlatform,
  product: 'jira' | 'confluence',
  path: string,
): Promise<{ status: number; body: any }> {
  const answer = await platform.requestProduct(product, 'GET', path, undefined, undefined, 'app');
  return { status: answer.status, body: answer.body };
}
