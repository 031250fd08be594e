/**
 * The one shape every product emulator speaks (Jira, Confluence): a request as the app or a user
 * made it, and the answer the product gives. The HTTP server, the `__forge_fetch__` hook and the
 * bridge's `requestJira`/`requestConfluence` all reduce to this.
 */
export interface ProductRequest {
  product: 'jira' | 'confluence';
  /** `app` for asApp(), `user` for asUser() and Custom UI calls, `none` for a bare requestJira. */
  provider: string;
  /** The account a user-context request acts for (undefined for the app). */
  accountId: string | undefined;
  method: string;
  /** Path with query string, as on a real site: `/rest/api/3/issue/NC-1?fields=summary`. */
  path: string;
  /** Parsed JSON body, or undefined. */
  body: unknown;
}

export interface ProductAnswer {
  status: number;
  /** JSON body; undefined for 204. */
  body: unknown;
  headers?: Record<string, string>;
}

export type ProductHandler = (request: ProductRequest) => Promise<ProductAnswer>;
