import BetterSqlite3 from 'better-sqlite3';
import { createOpenApiValidator, validatingHandler, type OpenApiValidator, type Violation } from '../openapi';
import type { ProductAnswer } from '../platform/product';
import { ConfluenceEmulator, type ConfluenceUser } from './confluenceEmulator';

/**
 * The emulator wired for tests: a database (a file to test persistence), a clock the test moves,
 * and every exchange checked against Atlassian's Confluence OpenAPI document (`violations`; empty
 * when the documents are absent, where the contract layer is skipped).
 */
export const harnessUsers: ConfluenceUser[] = [
  { accountId: '5b10a2844c20165700ede21g', displayName: 'Aoife Brennan', siteAdmin: true },
  { accountId: '5b10a2844c20165700ede22h', displayName: 'Rahul Mehta', siteAdmin: false },
  { accountId: '5b10a2844c20165700ede23i', displayName: 'Sofia Lindqvist', siteAdmin: false },
];
export const [admin, rahul, sofia] = harnessUsers.map((u) => u.accountId) as [string, string, string];

let sharedValidator: OpenApiValidator | null | undefined;

/** One validator per process: its schemas compile on first use. */
function validator(): OpenApiValidator | null {
  if (sharedValidator === undefined) sharedValidator = createOpenApiValidator();
  return sharedValidator;
}

/** `app`, `none`, or a user's account id. */
export type As = 'app' | 'none' | string;

export interface Harness {
  emulator: ConfluenceEmulator;
  database: BetterSqlite3.Database;
  violations: Violation[];
  setNow(iso: string): void;
  call(method: string, path: string, body?: unknown, as?: As): Promise<ProductAnswer>;
  close(): void;
}

export function confluenceHarness(options: { file?: string; users?: ConfluenceUser[] } = {}): Harness {
  const database = new BetterSqlite3(options.file ?? ':memory:');
  let now = new Date('2026-03-02T09:00:00.000Z');
  const emulator = new ConfluenceEmulator({ database, clock: () => now, users: options.users ?? harnessUsers });
  const checks = validator();
  const handler = checks
    ? validatingHandler(emulator.handle, checks)
    : Object.assign((request: Parameters<typeof emulator.handle>[0]) => emulator.handle(request), {
        violations: [] as Violation[],
      });
  return {
    emulator,
    database,
    violations: handler.violations,
    setNow: (iso) => {
      now = new Date(iso);
    },
    call: (method, path, body, as = 'app') =>
      handler({
        product: 'confluence',
        provider: as === 'app' ? 'app' : as === 'none' ? 'none' : 'user',
        accountId: as === 'app' || as === 'none' ? undefined : as,
        method,
        path: path.startsWith('/wiki/') ? path : `/wiki/api/v2${path}`,
        body,
      }),
    close: () => database.close(),
  };
}
