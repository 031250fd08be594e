import { sql } from 'kysely';
import { rowToTrailEntry, trailEntryToRow } from '../../../src/adapters/sql/trailRows';
import { setSigningPassphrase } from '../../../src/app/signing/passphrase';
import { signaturesOf, signRecord } from '../../../src/app/signing/signatures';
import { verifyTrailAndRecords } from '../../../src/app/trail/verifyAuditTrail';
import { chainTrailEntry } from '../../../src/domain/trail/trailEntry';
import type { TrailBreakKind } from '../../../src/domain/trail/verifyTrail';
import { appServicesForTest, grantRoles } from '../../support/appServices';

type World = Awaited<ReturnType<typeof appServicesForTest>>;

const manager = 'acct-manager';
const PASS = 'correct horse battery staple';

/**
 * A small programme on the in-process SQLite store with its anchor: roles, settings signed as
 * approved by the manager, then a few more records written on top (so there is a middle and an end).
 */
async function signedWorld(): Promise<World> {
  const world = await appServicesForTest({ [manager]: 'Aoife Brennan' });
  const { services } = world;
  await grantRoles(services, { [manager]: ['programmeManager'] });
  await services.store.apply({
    entity: 'programmeSettings',
    id: 'programme',
    before: null,
    after: {
      organisationName: 'Helix',
      cycleLengthMonths: 12,
      cycleStart: '2026-01-01',
      timeZone: 'UTC',
      workingDays: [1, 2, 3, 4, 5],
    },
    actor: manager,
    at: world.clock.now(),
  });
  await setSigningPassphrase(services, { accountId: manager }, { newPassphrase: PASS });
  await signRecord(
    services,
    { accountId: manager },
    { recordType: 'programmeSettings', recordId: 'programme', recordVersion: 1, meaning: 'approved', passphrase: PASS },
  );
  for (const id of ['acct-a', 'acct-b', 'acct-c']) await grantRoles(services, { [id]: ['viewer'] }, manager);
  return world;
}

interface TamperKind {
  name: string;
  /** What someone with write access to the database (not to the app or KVS) does. */
  tamper(world: World): Promise<void>;
  /** The break verification must report for it. */
  expected: TrailBreakKind;
  /** For a changed signed record: its signature must stop binding as well. */
  signatureBreaks?: true;
}

async function headSeq(world: World): Promise<number> {
  return world.services.trail.headSeq();
}

const kinds: TamperKind[] = [
  {
    name: 'signed row updated in place',
    tamper: async ({ db }) =>
      void (await sql`UPDATE programme_settings SET organisation_name = 'Tampered Ltd'`.execute(db)),
    expected: 'record',
    signatureBreaks: true,
  },
  {
    name: 'signed row and its signature hash updated together',
    tamper: async ({ db }) => {
      await sql`UPDATE programme_settings SET organisation_name = 'Tampered Ltd'`.execute(db);
      await sql`UPDATE signatures SET content_hash = ${'0'.repeat(64)}`.execute(db);
    },
    expected: 'record',
    signatureBreaks: true,
  },
  {
    name: 'row author rewritten',
    tamper: async ({ db }) =>
      void (await sql`UPDATE user_roles SET updated_by = 'mallory' WHERE id = 'acct-a'`.execute(db)),
    expected: 'record',
  },
  {
    name: 'row inserted with no trail',
    tamper: async ({ db }) =>
      void (await sql`INSERT INTO user_roles (id, version, updated_at, updated_by, roles) VALUES ('acct-m', 1, '2026-11-24T09:00:00.000Z', ${manager}, '["programmeManager"]')`.execute(
        db,
      )),
    expected: 'record',
  },
  {
    name: 'row deleted after the repair sweep completed every write',
    tamper: async ({ db, services }) => {
      await services.trail.recoverInterruptedWrites();
      await sql`DELETE FROM user_roles WHERE id = 'acct-b'`.execute(db);
    },
    expected: 'record',
  },
  {
    name: 'row set back two versions, content and all',
    tamper: async ({ db, services, clock }) => {
      const first = await services.store.get('userRoles', 'acct-c');
      let current = first;
      for (const roles of [['auditor'], ['leadAuditor']] as const) {
        current = await services.store.apply({
          entity: 'userRoles',
          id: 'acct-c',
          before: current,
          after: { accountId: 'acct-c', roles: [...roles] },
          actor: manager,
          at: clock.now(),
        });
      }
      await sql`UPDATE user_roles SET version = 1, roles = '["viewer"]', updated_at = ${first!.updatedAt}, updated_by = ${first!.updatedBy} WHERE id = 'acct-c'`.execute(
        db,
      );
    },
    expected: 'record',
  },
  {
    name: 'last trail entries deleted',
    tamper: async (world) =>
      void (await sql`DELETE FROM audit_trail WHERE seq > ${(await headSeq(world)) - 2}`.execute(world.db)),
    expected: 'cut',
  },
  {
    name: 'trail cut back and written again past the cut',
    tamper: async (world) => {
      await sql`DELETE FROM audit_trail WHERE seq > ${(await headSeq(world)) - 2}`.execute(world.db);
      for (const id of ['acct-x', 'acct-y', 'acct-z']) await grantRoles(world.services, { [id]: ['viewer'] }, manager);
    },
    expected: 'rewritten',
  },
  {
    name: 'middle entry rewritten',
    tamper: async ({ db }) => void (await sql`UPDATE audit_trail SET reason = 'routine' WHERE seq = 3`.execute(db)),
    expected: 'tampered',
  },
  {
    name: 'middle entry rewritten and every later hash recomputed',
    tamper: async ({ db }) => {
      const rows = await db.selectFrom('audit_trail').selectAll().orderBy('seq').execute();
      let prevHash = rowToTrailEntry(rows[1]!).hash;
      for (const row of rows.slice(2)) {
        const entry = rowToTrailEntry(row);
        const forged = chainTrailEntry(entry.seq === 3 ? { ...entry, actor: 'mallory' } : entry, prevHash);
        await db.updateTable('audit_trail').set(trailEntryToRow(forged)).where('seq', '=', entry.seq).execute();
        prevHash = forged.hash;
      }
    },
    expected: 'rewritten',
  },
  {
    name: 'middle entry deleted',
    tamper: async ({ db }) => void (await sql`DELETE FROM audit_trail WHERE seq = 4`.execute(db)),
    expected: 'gap',
  },
];

async function detected(world: World, kind: TamperKind): Promise<boolean> {
  const verdict = await verifyTrailAndRecords(world.services.trail);
  if (verdict.intact || !verdict.breaks.some((b) => b.kind === kind.expected)) return false;
  if (!kind.signatureBreaks) return true;
  const { signatures } = await signaturesOf(world.services, {
    recordType: 'programmeSettings',
    recordId: 'programme',
  });
  return signatures.length > 0 && signatures.every((s) => !s.bindingIntact);
}

/**
 * The `tamper` case of the security bench: each kind of change someone with database access could
 * make, each on a fresh copy of the same signed programme, and how many verification names.
 * An untouched copy must verify intact (or every count would be meaningless).
 */
export async function tamperCase(): Promise<{ tamperTried: number; tamperDetected: number }> {
  const untouched = await signedWorld();
  try {
    if (!(await verifyTrailAndRecords(untouched.services.trail)).intact)
      throw new Error('bench security: an untouched store does not verify');
  } finally {
    await untouched.close();
  }
  let tamperDetected = 0;
  for (const kind of kinds) {
    const world = await signedWorld();
    try {
      await kind.tamper(world);
      if (await detected(world, kind)) tamperDetected += 1;
      else console.warn(`bench security: tampering not detected: ${kind.name}`);
    } finally {
      await world.close();
    }
  }
  return { tamperTried: kinds.length, tamperDetected };
}
