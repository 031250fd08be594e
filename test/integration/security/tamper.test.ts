import { sql } from 'kysely';
import { SqlTrailedStore } from '../../../src/adapters/sql/trailedStore';
import { rowToTrailEntry, trailEntryToRow } from '../../../src/adapters/sql/trailRows';
import { verifyTrailAndRecords } from '../../../src/app/trail/verifyAuditTrail';
import type { AppServices } from '../../../src/app/services';
import { chainTrailEntry } from '../../../src/domain/trail/trailEntry';
import { noAnchor } from '../../../src/domain/trail/trailHead';
import type { TrailBreak } from '../../../src/domain/trail/verifyTrail';
import { dispatch } from '../../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../../support/appServices';

/**
 * Someone with write access to the database but not to the app (issue 14, hole 6): a signed record
 * changed in place, entries cut from the end of the trail, an entry in the middle rewritten — with
 * or without its hashes recomputed. Each must be named by the trail's verification, through the
 * resolver, and a signature on changed content must stop binding.
 */
jest.setTimeout(120_000);

const manager = 'acct-manager';
const viewer = 'acct-viewer';
const names = { [manager]: 'Aoife Brennan', [viewer]: 'Grace Okafor' };
const PASS = 'correct horse battery staple';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

async function verdict(): Promise<{ intact: boolean; firstBreak?: TrailBreak; breaks?: TrailBreak[] }> {
  const answer = await call('verifyAuditTrail', {}, viewer);
  expect(answer.ok).toBe(true);
  return answer.value;
}

/** Settings saved and approved (signed) by the manager, then a few more changes on top. */
async function signedSettings() {
  await grantRoles(services, { [manager]: ['programmeManager'], [viewer]: ['viewer'] });
  const saved = await call(
    'updateProgrammeSettings',
    {
      settings: {
        organisationName: 'Helix',
        cycleLengthMonths: 12,
        cycleStart: '2026-01-01',
        timeZone: 'UTC',
        workingDays: [1, 2, 3, 4, 5],
      },
      expectedVersion: 0,
    },
    manager,
  );
  expect(saved.ok).toBe(true);
  expect((await call('setSigningPassphrase', { newPassphrase: PASS }, manager)).ok).toBe(true);
  const signed = await call(
    'signRecord',
    { recordType: 'programmeSettings', recordId: 'programme', recordVersion: 1, meaning: 'approved', passphrase: PASS },
    manager,
  );
  expect(signed.ok).toBe(true);
}

async function signatures() {
  const answer = await call('listSignatures', { recordType: 'programmeSettings', recordId: 'programme' }, viewer);
  expect(answer.ok).toBe(true);
  return answer.value.signatures as Array<{ status: string; bindingIntact: boolean }>;
}

async function headSeq(): Promise<number> {
  return services.trail.headSeq();
}

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await signedSettings();
});
afterEach(() => ctx.close());

describe('records and trail an attacker with database access cannot change unseen', () => {
  it('[P11.10c] [A11.8] a signed record changed in SQL is named by verification and its signature stops binding', async () => {
    expect(await verdict()).toMatchObject({ intact: true });
    expect(await signatures()).toMatchObject([{ status: 'current', bindingIntact: true }]);

    await sql`UPDATE programme_settings SET organisation_name = ${'Tampered Ltd'}`.execute(ctx.db);

    expect(await signatures()).toMatchObject([{ status: 'current', bindingIntact: false }]);
    const found = await verdict();
    expect(found.intact).toBe(false);
    expect(found.breaks).toEqual([
      expect.objectContaining({
        kind: 'record',
        record: { entityType: 'programmeSettings', entityId: 'programme', entityVersion: 1 },
        message: expect.stringMatching(/programmeSettings programme version 1 was changed outside the app/),
      }),
    ]);
  });

  it("[P11.10c] [P11.70] a changed approved programme shows its approval's binding broken, in its view and in the record export", async () => {
    const programme = {
      objectives: 'Show that the ISMS conforms to ISO/IEC 27001:2022',
      criteria: 'ISO/IEC 27001:2022 clauses 4–10',
      methods: 'Interviews and document review',
      responsibilities: 'The programme manager plans',
      reporting: 'A report per audit',
      frequencyPolicy: { intervalMonths: { high: 6, medium: 12, low: 12 } },
      ismsSpaceKey: null,
    };
    const saved = await call(
      'saveAuditProgramme',
      { cycleStart: '2026-01-01', programme, expectedVersion: 0 },
      manager,
    );
    expect(saved.ok).toBe(true);
    const signed = await call(
      'signRecord',
      {
        recordType: 'auditProgramme',
        recordId: 'cycle-2026-01-01',
        recordVersion: 1,
        meaning: 'approved',
        passphrase: PASS,
      },
      manager,
    );
    expect(signed.ok).toBe(true);
    expect((await call('getAuditProgramme', {}, viewer)).value.approvals).toMatchObject([
      { meaning: 'approved', status: 'current', bindingIntact: true },
    ]);

    await sql`UPDATE audit_programmes SET body = json_set(body, '$.objectives', ${'Audit nothing'})`.execute(ctx.db);

    const view = (await call('getAuditProgramme', {}, viewer)).value;
    expect(view.programme.objectives).toBe('Audit nothing');
    expect(view.approvals).toMatchObject([{ meaning: 'approved', status: 'current', bindingIntact: false }]);
    const exported = (await call('exportProgrammeRecord', {}, viewer)).value;
    expect(exported.signatures).toContainEqual(
      expect.objectContaining({ recordType: 'auditProgramme', bindingIntact: false }),
    );
    expect(exported.trailVerdict).toMatchObject({
      intact: false,
      breaks: [
        expect.objectContaining({ kind: 'record', record: expect.objectContaining({ entityType: 'auditProgramme' }) }),
      ],
    });
  });

  it('[A11.8] a record written before a member with a default existed is not mistaken for a changed one', async () => {
    // What an older version of the app stored: a programme whose frequency policy has no
    // `thresholds` yet (today's schema fills them in), in its trail entry and its row alike.
    const older = {
      cycleStart: '2026-01-01',
      cycleLengthMonths: 12,
      objectives: 'Cover the ISMS',
      criteria: '',
      methods: '',
      responsibilities: '',
      reporting: '',
      frequencyPolicy: { intervalMonths: { high: 6, medium: 12, low: 12 } },
      ismsSpaceKey: null,
    };
    const head = (await services.trail.entries({ afterSeq: (await headSeq()) - 1, limit: 1 }))[0]!;
    const at = ctx.clock.now().toISOString();
    const entry = chainTrailEntry(
      {
        seq: head.seq + 1,
        at,
        actor: manager,
        action: 'create',
        entityType: 'auditProgramme',
        entityId: 'cycle-2026-01-01',
        entityVersion: 1,
        before: null,
        after: older,
        reason: null,
      },
      head.hash,
    );
    await ctx.db.insertInto('audit_trail').values(trailEntryToRow(entry)).execute();
    await sql`INSERT INTO audit_programmes (id, version, updated_at, updated_by, cycle_start, body) VALUES (${'cycle-2026-01-01'}, 1, ${at}, ${manager}, ${'2026-01-01'}, ${JSON.stringify(older)})`.execute(
      ctx.db,
    );
    expect((await services.store.get('auditProgramme', 'cycle-2026-01-01'))?.record.frequencyPolicy).toHaveProperty(
      'thresholds',
    );
    expect(await verdict()).toMatchObject({ intact: true });
  });

  it('[P11.10c] [A11.8] a record whose author or time was rewritten, or that was written with no trail, is named', async () => {
    await sql`UPDATE user_roles SET updated_by = ${'mallory'} WHERE id = ${viewer}`.execute(ctx.db);
    await sql`INSERT INTO user_roles (id, version, updated_at, updated_by, roles) VALUES (${'acct-mallory'}, 1, ${'2026-11-24T09:00:00.000Z'}, ${manager}, ${'["programmeManager"]'})`.execute(
      ctx.db,
    );
    const found = await verdict();
    expect(found.breaks?.map((b) => [b.kind, b.record?.entityId, b.message])).toEqual([
      ['record', 'acct-mallory', expect.stringMatching(/has no trail entry/)],
      ['record', viewer, expect.stringMatching(/who changed it and when differ/)],
    ]);
  });

  it('[P11.10c] [A11.8] a record deleted, or set back to an earlier version, in SQL is named', async () => {
    const viewerRoles = await services.store.get('userRoles', viewer);
    const v2 = await services.store.apply({
      entity: 'userRoles',
      id: viewer,
      before: viewerRoles,
      after: { accountId: viewer, roles: ['auditor'] },
      actor: manager,
      at: ctx.clock.now(),
    });
    await services.store.apply({
      entity: 'userRoles',
      id: viewer,
      before: v2,
      after: { accountId: viewer, roles: ['leadAuditor'] },
      actor: manager,
      at: ctx.clock.now(),
    });
    // The hourly repair sweep has run: every write up to the head is complete.
    await services.trail.recoverInterruptedWrites();
    expect(await verdict()).toMatchObject({ intact: true });

    // The viewer's roles put back to version 1 exactly as the trail recorded it, and the settings row removed.
    await sql`UPDATE user_roles SET version = 1, roles = ${'["viewer"]'}, updated_by = ${viewerRoles!.updatedBy}, updated_at = ${viewerRoles!.updatedAt} WHERE id = ${viewer}`.execute(
      ctx.db,
    );
    await sql`DELETE FROM programme_settings`.execute(ctx.db);
    const found = await verdict();
    expect(found.breaks?.map((b) => [b.record?.entityType, b.message])).toEqual([
      [
        'programmeSettings',
        expect.stringMatching(
          /^Record programmeSettings programme is missing from the store, but trail entry \d+ recorded version 1: it was deleted outside the app$/,
        ),
      ],
      [
        'userRoles',
        expect.stringMatching(
          /^Record userRoles acct-viewer is stored at version 1, but trail entry \d+ recorded version 3: it was set back outside the app$/,
        ),
      ],
    ]);
  });

  it('[P11.10e] [A11.9] entries cut from the end of the trail are detected against the anchor kept outside SQL', async () => {
    const last = await headSeq();
    expect(await verdict()).toMatchObject({ intact: true });
    await sql`DELETE FROM audit_trail WHERE seq > ${last - 2}`.execute(ctx.db);

    const found = await verdict();
    expect(found.intact).toBe(false);
    expect(found.breaks?.[0]).toMatchObject({
      kind: 'cut',
      seq: last - 1,
      message: `The trail ends at entry ${last - 2} but entry ${last} was written: the entries after ${last - 2} were removed`,
    });
  });

  it('[P11.10e] [A11.9] a trail cut back and written again past the cut is still detected', async () => {
    const last = await headSeq();
    await sql`DELETE FROM audit_trail WHERE seq > ${last - 2}`.execute(ctx.db);
    // The app keeps writing: new records reuse the removed numbers and go past the old head, so
    // the chain verifies again — only the first number written twice gives the cut away.
    for (const id of ['acct-a', 'acct-b', 'acct-c']) await grantRoles(services, { [id]: ['viewer'] });
    expect(await headSeq()).toBe(last + 1);

    const found = await verdict();
    expect(found.breaks).toContainEqual(
      expect.objectContaining({
        kind: 'rewritten',
        seq: last - 1,
        message: `Entry ${last - 1} was written twice with different content: the trail was cut back before it and written again`,
      }),
    );
  });

  it('[P11.10a] [A11.9] a rewritten middle entry is named (chain check)', async () => {
    await sql`UPDATE audit_trail SET reason = ${'routine'} WHERE seq = 3`.execute(ctx.db);
    expect(await verdict()).toMatchObject({ intact: false });
    // Entry 3 does not store entry 2's hash, so an altered entry 3 and an entry 2 rewritten with
    // its hash recomputed look the same: the message names both.
    expect((await verdict()).firstBreak).toMatchObject({
      seq: 3,
      kind: 'tampered',
      message:
        'Entry 3 no longer matches its hash chained from entry 2: entry 3, or entry 2 before it, was altered after it was written',
    });
  });

  it('[P11.10a] [A11.9] a middle entry rewritten with every later hash recomputed is caught by the anchor', async () => {
    const last = await headSeq();
    const rows = await ctx.db.selectFrom('audit_trail').selectAll().orderBy('seq').execute();
    let prevHash = rowToTrailEntry(rows[1]!).hash;
    for (const row of rows.slice(2)) {
      const entry = rowToTrailEntry(row);
      const content = entry.seq === 3 ? { ...entry, actor: 'mallory' } : entry;
      const forged = chainTrailEntry(content, prevHash);
      await ctx.db.updateTable('audit_trail').set(trailEntryToRow(forged)).where('seq', '=', entry.seq).execute();
      prevHash = forged.hash;
    }
    const found = await verdict();
    expect(found.breaks?.[0]).toMatchObject({
      seq: last,
      kind: 'rewritten',
      message: `Entry ${last} is not the entry anchored outside the database when it was written: the trail up to it was rewritten and its hashes recomputed`,
    });
  });

  it('[P11.10e] the anchor only moves forward, one raise per write', async () => {
    const before = ctx.anchor.raises;
    await grantRoles(services, { 'acct-new': ['viewer'] });
    expect(ctx.anchor.raises).toBe(before + 1);
    const head = await headSeq();
    await ctx.anchor.raise({ seq: 1, hash: 'a'.repeat(64) });
    expect((await ctx.anchor.read()).head?.seq).toBe(head);
  });

  it('[A11.7] an anchor that cannot be written fails neither the write nor the verification', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const unreachable = new SqlTrailedStore(ctx.db, {
        anchor: {
          raise: async () => {
            throw new Error('KVS is unavailable');
          },
          read: async () => noAnchor,
        },
      });
      const saved = await unreachable.apply({
        entity: 'userRoles',
        id: 'acct-new',
        before: null,
        after: { accountId: 'acct-new', roles: ['viewer'] },
        actor: manager,
        at: ctx.clock.now(),
      });
      expect(saved).toMatchObject({ version: 1 });
      expect(await verifyTrailAndRecords(unreachable)).toMatchObject({ intact: true });
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not be anchored: Error: KVS is unavailable/));
    } finally {
      warn.mockRestore();
    }
  });
});
