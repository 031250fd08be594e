import { CountingHasher } from '../support/countingHasher';
import { Kysely } from 'kysely';
import type { Database } from '../../src/adapters/sql/database';
import { mariadbDialect } from '../../src/adapters/sql/dialects/mariadbDialect';
import { migrateToLatest } from '../../src/adapters/sql/migrate';
import { SqlTrailedStore } from '../../src/adapters/sql/trailedStore';
import type { AppServices } from '../../src/app/services';
import { dispatch } from '../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../support/appServices';
import { freshMariaDb } from '../support/mariadb';

// Twenty attempts on twenty real connections: each attempt is several statements and a scrypt check.
jest.setTimeout(180_000);

const ATTEMPTS = 20;
const manager = 'acct-manager';
const PASS = 'correct horse battery staple';

describe('the signing lockout on a concurrent engine (MariaDB)', () => {
  let fresh: Awaited<ReturnType<typeof freshMariaDb>>;
  let db: Kysely<Database>;
  let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
  let services: AppServices;
  const hasher = new CountingHasher();
  const call = (name: string, payload: unknown, who: string) =>
    dispatch(name as never, payload, who, async () => services) as Promise<any>;

  beforeAll(async () => {
    fresh = await freshMariaDb();
    db = new Kysely<Database>({ dialect: mariadbDialect(fresh.url, ATTEMPTS).dialect });
    await migrateToLatest(db);
    const store = new SqlTrailedStore(db);
    // The test's clock, secrets and directory, on the MariaDB store and trail.
    ctx = await appServicesForTest({ [manager]: 'Aoife Brennan' }, { hasher });
    services = { ...ctx.services, store, trail: store };
    await grantRoles(services, { [manager]: ['programmeManager'] });
    const settings = {
      organisationName: 'Helix',
      cycleLengthMonths: 12,
      cycleStart: '2026-01-01',
      timeZone: 'UTC',
      workingDays: [1, 2, 3, 4, 5],
    };
    expect((await call('updateProgrammeSettings', { settings, expectedVersion: 0 }, manager)).ok).toBe(true);
    expect((await call('setSigningPassphrase', { newPassphrase: PASS }, manager)).ok).toBe(true);
  });
  afterAll(async () => {
    await ctx.close();
    await db.destroy();
    await fresh.drop();
  });

  it(`[P11.300d] ${ATTEMPTS} parallel wrong passphrases on ${ATTEMPTS} connections: five checked, the rest refused unchecked, none lost`, async () => {
    hasher.checked = 0;
    const answers = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        call(
          'signRecord',
          {
            recordType: 'programmeSettings',
            recordId: 'programme',
            recordVersion: 1,
            meaning: 'approved',
            passphrase: `wrong passphrase ${i}xx`,
          },
          manager,
        ),
      ),
    );
    expect(answers.filter((a) => a.ok || a.error.code === 'conflict')).toEqual([]);
    expect(answers.filter((a) => a.error.field === 'passphrase')).toHaveLength(5);
    expect(answers.filter((a) => a.error.code === 'forbidden')).toHaveLength(ATTEMPTS - 5);
    expect(hasher.checked).toBe(5);
    const outcomes = (await services.trail.entries({ entityType: 'signingAttempt', limit: 10_000 })).map(
      (e) => (e.after as { outcome: string }).outcome,
    );
    expect(outcomes.filter((o) => o === 'wrongPassphrase')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(ATTEMPTS - 5);
    expect((await call('getSigningStatus', {}, manager)).value).toMatchObject({
      lockedUntil: '2026-11-24T09:15:00.000Z',
      attemptsLeft: 0,
    });
  });
});
