import { Kysely } from 'kysely';
import { ScryptPassphraseHasher } from '../../src/adapters/crypto/scryptPassphraseHasher';
import type { Database } from '../../src/adapters/sql/database';
import { sqliteDialect } from '../../src/adapters/sql/dialects/sqliteDialect';
import { migrateToLatest } from '../../src/adapters/sql/migrate';
import type { Migration } from '../../src/adapters/sql/migrations';
import { SqlTrailedStore } from '../../src/adapters/sql/trailedStore';
import type { AppServices } from '../../src/app/services';
import type { AppRole } from '../../src/domain/access/appRole';
import type { PassphraseHasher, SecretStore } from '../../src/ports/secrets';
import { confluenceForTest } from './confluence';
import { MemoryTrailAnchor } from './memoryTrailAnchor';
import { MemoryTrailCheckpoints } from './memoryTrailCheckpoints';

const notWired = (what: string): never => {
  throw new Error(`appServicesForTest: ${what} is not wired here; use the sandbox platform`);
};

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-11-24T09:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

/** An in-memory secret store that also remembers every value ever written (to prove none leaks). */
export class MemorySecrets implements SecretStore {
  readonly values = new Map<string, string>();
  readonly everWritten: string[] = [];
  async get(key: string) {
    return this.values.get(key);
  }
  async set(key: string, value: string) {
    this.values.set(key, value);
    this.everWritten.push(value);
  }
  async delete(key: string) {
    this.values.delete(key);
  }
}

/** An in-memory snapshot store that counts its reads (the export's goal is one read). */
export class MemorySnapshots {
  readonly values = new Map<string, unknown>();
  reads = 0;
  async get(key: string) {
    this.reads += 1;
    return structuredClone(this.values.get(key));
  }
  async set(key: string, value: unknown) {
    this.values.set(key, structuredClone(value));
  }
}

/**
 * The app's services on real adapters where it matters (the SQLite store with its trail, real
 * scrypt) and simple ones where it does not (names, secrets in memory, a hand-moved clock).
 */
export async function appServicesForTest(
  names: Record<string, string> = {},
  options: { hasher?: PassphraseHasher; migrations?: readonly Migration[] } = {},
) {
  const db = new Kysely<Database>({ dialect: sqliteDialect(':memory:').dialect });
  // A test of upgrades starts the store at an earlier level of the list and migrates the rest later.
  await migrateToLatest(db, options.migrations);
  // The trail head anchored outside SQL, as Forge KVS holds it in production.
  const anchor = new MemoryTrailAnchor();
  const store = new SqlTrailedStore(db, { anchor });
  const clock = new TestClock();
  const secrets = new MemorySecrets();
  const checkpoints = new MemoryTrailCheckpoints();
  // Events pushed to the trail-jobs queue wait here; a test runs them (test/support/trailJobs.ts).
  const trailEvents: Array<{ body: Record<string, unknown> }> = [];
  let next = 0;
  // Everyone named (and the test's role holders, who are named by their ids) can use the ISMS space.
  const confluence = confluenceForTest(
    Object.entries(names).map(([accountId, displayName]) => ({ accountId, displayName, siteAdmin: false })),
  );
  const services: AppServices = {
    store,
    trail: store,
    clock,
    directory: { displayName: async (id) => names[id] ?? id, isSiteAdmin: async () => false },
    secrets,
    // Cheaper scrypt for speed in tests; the production cost is benchmarked (npm run bench signing).
    hasher: options.hasher ?? new ScryptPassphraseHasher({ N: 2 ** 12, r: 8, p: 1 }),
    ids: { newId: (prefix) => `${prefix}_${(next += 1)}` },
    confluence: confluence.access,
    // Jira and the queue are not wired into these in-process services; suites that need them run
    // on the sandbox platform (real handlers, emulated Jira, queue and triggers).
    jira: {
      asApp: () => notWired('Jira'),
      asUser: () => notWired('Jira'),
      permissionsOn: async () => notWired('Jira'),
    },
    raiseQueue: { push: async () => notWired('the raise queue') },
    trailCheckpoints: checkpoints,
    trailQueue: {
      push: async (events) => {
        trailEvents.push(...events);
        return { jobId: `trail-events-${trailEvents.length}` };
      },
    },
    snapshots: new MemorySnapshots(),
    appIdentity: () => ({ appId: 'test-app', environmentId: 'test-environment', environmentType: 'DEVELOPMENT' }),
  };
  const close = async () => {
    confluence.harness.close();
    await db.destroy();
  };
  return {
    services,
    store,
    clock,
    secrets,
    db,
    anchor,
    checkpoints,
    trailEvents,
    confluence: confluence.harness,
    close,
  };
}

/** Gives each account its roles directly in the store (a test's starting point, trailed as usual). */
export async function grantRoles(
  services: AppServices,
  roles: Record<string, AppRole[]>,
  actor = Object.keys(roles)[0]!,
): Promise<void> {
  const at = services.clock.now();
  for (const [accountId, granted] of Object.entries(roles)) {
    await services.store.apply({
      entity: 'userRoles',
      id: accountId,
      before: null,
      after: { accountId, roles: granted },
      actor,
      at,
    });
  }
}
