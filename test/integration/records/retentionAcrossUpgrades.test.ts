import { migrateToLatest } from '../../../src/adapters/sql/migrate';
import { migrations } from '../../../src/adapters/sql/migrations';
import type { AppServices } from '../../../src/app/services';
import { dispatch } from '../../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../../support/appServices';

const manager = 'acct-manager';
const viewer = 'acct-viewer';
const names = { [manager]: 'Aoife Brennan', [viewer]: 'Grace Okafor', 'acct-olu': 'Olu Adeyemi' };
const PASS = 'correct horse battery staple';

/**
 * The oldest level of the migration list today's code can store a programme record on: the
 * programme settings it writes need v054's column, and every table of the programme (areas, the
 * programme, signatures, the trail) exists by then. Everything after it (Jira, reports and
 * reviews, CAPA, trail storage, review plans) is the "upgrade" the stored records must survive.
 */
const oldestLevel = migrations.slice(
  0,
  migrations.findIndex((m) => m.name === 'v054_programme_settings_audit_team_rules') + 1,
);

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

/**
 * What an inspector takes away, and what the app could already read at the old level: the stored
 * records themselves, the trail exported as CSV and JSON, and the programme and areas as shown.
 */
async function whatWasStored() {
  const stored = await Promise.all(
    (
      [
        ['programmeSettings', 'programme'],
        ['userRoles', manager],
        ['userRoles', viewer],
        ['auditableArea', 'area_1'],
        ['auditProgramme', 'cycle-2026-01-01'],
      ] as const
    ).map(async ([type, id]) => {
      const record = await services.store.get(type, id);
      return { type, id, version: record?.version, content: record?.record, updatedAt: record?.updatedAt };
    }),
  );
  return {
    stored,
    trail: await services.trail.entries({ limit: 1_000 }),
    trailCsv: (await call('exportAuditTrail', { format: 'csv' }, viewer)).value.content,
    trailJson: (await call('exportAuditTrail', { format: 'json' }, viewer)).value.content,
    programme: (await call('getAuditProgramme', {}, viewer)).value,
    areas: (await call('listAuditableAreas', {}, viewer)).value,
  };
}

beforeEach(async () => {
  ctx = await appServicesForTest(names, { migrations: oldestLevel });
  services = ctx.services;
  await grantRoles(services, { [manager]: ['programmeManager'], [viewer]: ['viewer'] });
  ctx.clock.advanceMinutes(5);
  await call(
    'updateProgrammeSettings',
    {
      settings: {
        organisationName: 'Helix Biologics',
        cycleLengthMonths: 12,
        cycleStart: '2026-01-01',
        timeZone: 'Europe/Dublin',
        workingDays: [1, 2, 3, 4, 5],
      },
      expectedVersion: 0,
    },
    manager,
  );
  const area = {
    name: 'IT operations',
    ownerId: 'acct-olu',
    memberIds: [],
    likelihood: 4,
    impact: 5,
    itemIds: ['A.8.13', 'A.8.15', '9.2'],
  };
  expect((await call('saveAuditableArea', { expectedVersion: 0, area }, manager)).ok).toBe(true);
  const programme = {
    objectives: 'Show that the ISMS conforms to ISO/IEC 27001:2022 and to our own requirements',
    criteria: 'ISO/IEC 27001:2022 clauses 4–10, the SoA, the ISMS manual',
    methods: 'Interviews, document review, observation and technical tests, on site or remote',
    responsibilities: 'The programme manager plans; lead auditors lead; area owners answer findings',
    reporting: 'A report per audit to the area owner and the programme manager',
    frequencyPolicy: { intervalMonths: { high: 6, medium: 12, low: 12 } },
    ismsSpaceKey: 'ISMS',
  };
  const saved = await call('saveAuditProgramme', { cycleStart: '2026-01-01', programme, expectedVersion: 0 }, manager);
  expect(saved.ok).toBe(true);
  await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
  ctx.clock.advanceMinutes(5);
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
});
afterEach(() => ctx.close());

describe('records kept through the app’s own upgrades', () => {
  it('[P11.10c] records stored before the later migrations read and export unchanged once every migration has run', async () => {
    const later = migrations.slice(oldestLevel.length).map((m) => m.name);
    expect(later.length).toBeGreaterThan(20);
    const before = await whatWasStored();
    expect(before.stored.every((r) => r.version === 1 && r.content !== undefined)).toBe(true);
    expect(before.programme.approvals).toMatchObject([
      { signerName: 'Aoife Brennan', meaning: 'approved', recordVersion: 1, status: 'current' },
    ]);

    expect(await migrateToLatest(ctx.db)).toEqual(later);

    // Human-readable (the programme page, the trail as a spreadsheet) and electronic (JSON) alike.
    expect(await whatWasStored()).toEqual(before);
    const record = (await call('exportProgrammeRecord', {}, viewer)).value;
    expect(record.trailVerdict).toMatchObject({ intact: true, entries: before.trail.length });
    // The record carries the entries about its own records, each exactly as the trail held it.
    expect(record.trail.length).toBeGreaterThan(4);
    expect(before.trail).toEqual(expect.arrayContaining(record.trail));
    for (const { type, id, version, content, updatedAt } of before.stored) {
      expect(record.records).toContainEqual(expect.objectContaining({ type, id, version, content, updatedAt }));
    }
    expect(record.signatures).toMatchObject([
      { signerName: 'Aoife Brennan', meaning: 'approved', recordType: 'auditProgramme', recordVersion: 1 },
    ]);
  });

  it('[P11.10c] [P11.10e] a change after the upgrade chains onto the trail written before it, which still verifies whole', async () => {
    await migrateToLatest(ctx.db);
    const entriesBefore = (await call('listAuditTrail', { limit: 100 }, viewer)).value.entries.length;
    ctx.clock.advanceMinutes(60);
    const changed = await call(
      'updateProgrammeSettings',
      {
        settings: {
          organisationName: 'Helix Biologics Ltd',
          cycleLengthMonths: 12,
          cycleStart: '2026-01-01',
          timeZone: 'Europe/Dublin',
          workingDays: [1, 2, 3, 4, 5],
        },
        expectedVersion: 1,
        reason: 'Registered name after the upgrade',
      },
      manager,
    );
    expect(changed.ok).toBe(true);
    const record = (await call('exportProgrammeRecord', {}, viewer)).value;
    expect(record.trailVerdict).toMatchObject({ intact: true, entries: entriesBefore + 1 });
    expect(record.signatures).toMatchObject([{ meaning: 'approved', recordType: 'auditProgramme' }]);
  });
});
