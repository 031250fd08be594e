import { ConfluenceAttachmentsApi } from '../../src/adapters/confluence/confluenceAttachmentsApi';
import { ConfluencePagesApi, type ConfluenceRequest } from '../../src/adapters/confluence/confluencePagesApi';
import type { ProductResponse } from '../../src/adapters/jira/productResponse';
import type { ConfluenceAccess } from '../../src/ports/confluence';
import { confluenceHarness, type As, type Harness } from '../../sandbox/confluence/testHarness';
import type { ConfluenceUser } from '../../sandbox/confluence/confluenceEmulator';

function asResponse(answer: { status: number; body: unknown; headers?: Record<string, string> }): ProductResponse {
  const bytes = answer.body instanceof Uint8Array ? answer.body : null;
  const text = bytes
    ? Buffer.from(bytes).toString('latin1')
    : answer.body === undefined
      ? ''
      : JSON.stringify(answer.body);
  const headers = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ok: answer.status >= 200 && answer.status < 300,
    status: answer.status,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    json: async () => (text ? (JSON.parse(text) as unknown) : undefined),
    text: async () => text,
    arrayBuffer: async () => (bytes ?? new TextEncoder().encode(text)).slice().buffer,
  };
}

/** The real Confluence adapter talking to the emulated Confluence (contract-checked) as `as`. */
export function confluenceRequestTo(harness: Harness, as: As): ConfluenceRequest {
  return async (path, init) => {
    const body =
      init?.body === undefined || init.body instanceof ArrayBuffer ? init?.body : (JSON.parse(init.body) as unknown);
    return asResponse(await harness.call(init?.method ?? 'GET', path.value, body, as));
  };
}

/**
 * Emulated Confluence with an `ISMS` space every listed user may read and write, and the app's
 * port on top of it: what the app-level tests use instead of a site.
 */
export function confluenceForTest(users: ConfluenceUser[]): { harness: Harness; access: ConfluenceAccess } {
  const harness = confluenceHarness({ users });
  harness.emulator.createSpace({
    key: 'ISMS',
    name: 'Information security',
    permissions: Object.fromEntries(users.map((u) => [u.accountId, ['read', 'write']])),
  });
  return {
    harness,
    access: {
      asApp: () => new ConfluencePagesApi(confluenceRequestTo(harness, 'app')),
      asUser: (accountId) => new ConfluencePagesApi(confluenceRequestTo(harness, accountId)),
      filesAsApp: () => new ConfluenceAttachmentsApi(confluenceRequestTo(harness, 'app')),
    },
  };
}
