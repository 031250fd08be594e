import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const lead = 'acct-lead';
const auditor = 'acct-auditor';
const viewer = 'acct-viewer';
const stranger = 'acct-stranger';
const names = { [manager]: 'Aoife Brennan', [lead]: 'Rahul Mehta', [auditor]: 'Mei Tanaka', [viewer]: 'Grace Okafor' };
const PASS = 'correct horse battery staple';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

const programme = (extra: Record<string, unknown> = {}) => ({
  objectives: 'Show that the ISMS conforms to ISO/IEC 27001:2022 and to our own requirements',
  criteria: 'ISO/IEC 27001:2022 clauses 4–10, the SoA, the ISMS manual',
  methods: 'Interviews, document review, observation and technical tests, on site or remote',
  responsibilities: 'The programme manager plans; lead auditors lead; area owners answer findings',
  reporting: 'A report per audit to the area owner and the programme manager; a summary to management review',
  frequencyPolicy: { intervalMonths: { high: 6, medium: 12, low: 12 } },
  ismsSpaceKey: 'ISMS',
  ...extra,
});
const save = (extra: Record<string, unknown> = {}, who = manager) =>
  call('saveAuditProgramme', { cycleStart: '2026-01-01', programme: programme(), expectedVersion: 0, ...extra }, who);

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [lead]: ['leadAuditor'],
    [auditor]: ['auditor'],
    [viewer]: ['viewer'],
  });
  const settings = await call(
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
  expect(settings.ok).toBe(true);
});
afterEach(() => ctx.close());

describe('the audit programme of a cycle', () => {
  it('[ISO9.2.2] shows the current cycle unsaved, then the saved programme with its cycle from the settings', async () => {
    const empty = (await call('getAuditProgramme', {}, viewer)).value;
    expect(empty).toEqual({
      id: 'cycle-2026-01-01',
      cycle: { start: '2026-01-01', end: '2027-01-01' },
      programme: null,
      version: 0,
      updatedAt: null,
      updatedBy: null,
      updatedByName: null,
      previousCycleStart: '2025-01-01',
      nextCycleStart: '2027-01-01',
      isCurrentCycle: true,
      approvals: [],
    });

    const saved = await save();
    expect(saved.ok).toBe(true);
    expect(saved.value).toMatchObject({
      id: 'cycle-2026-01-01',
      version: 1,
      updatedBy: manager,
      updatedByName: 'Aoife Brennan',
      programme: {
        cycleStart: '2026-01-01',
        cycleLengthMonths: 12,
        ismsSpaceKey: 'ISMS',
        frequencyPolicy: { intervalMonths: { high: 6, medium: 12, low: 12 }, raiseOnMajorNc: true },
      },
    });
    expect((await call('getAuditProgramme', { cycleStart: '2026-01-01' }, auditor)).value).toEqual(saved.value);
    const trail = await services.trail.entries({ entityType: 'auditProgramme', limit: 10 });
    expect(trail.map((e) => [e.entityId, e.action, e.actor])).toEqual([['cycle-2026-01-01', 'create', manager]]);

    // The next cycle is its own programme, not yet written.
    expect((await call('getAuditProgramme', { cycleStart: '2027-01-01' }, viewer)).value).toMatchObject({
      id: 'cycle-2027-01-01',
      programme: null,
      previousCycleStart: '2026-01-01',
      nextCycleStart: '2028-01-01',
      isCurrentCycle: false,
    });
  });

  it('[ISO9.2.2] a programme without a space key and with the default policy is accepted', async () => {
    const saved = await save({ programme: { objectives: 'Cover the whole ISMS every cycle', ismsSpaceKey: null } });
    expect(saved.value.programme).toMatchObject({
      objectives: 'Cover the whole ISMS every cycle',
      criteria: '',
      ismsSpaceKey: null,
      frequencyPolicy: { intervalMonths: { high: 6, medium: 12, low: 24 }, thresholds: { high: 15, medium: 8 } },
    });
  });

  it('[P11.10e][P11.70] shows the current approval; a change needs a reason and leaves the approval behind', async () => {
    await save();
    await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
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
    const approved = (await call('getAuditProgramme', {}, viewer)).value;
    expect(approved.approvals).toMatchObject([
      { signerName: 'Aoife Brennan', meaning: 'approved', recordVersion: 1, status: 'current' },
    ]);

    const before = await trailLength();
    const noReason = await save({
      programme: programme({ reporting: 'Reports within 10 working days' }),
      expectedVersion: 1,
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(await trailLength()).toBe(before);

    const changed = await save({
      programme: programme({ reporting: 'Reports within 10 working days' }),
      expectedVersion: 1,
      reason: 'Reporting deadline agreed with QA',
    });
    expect(changed.value).toMatchObject({
      version: 2,
      approvals: [],
      programme: { reporting: 'Reports within 10 working days' },
    });
    const [entry] = await services.trail.entries({ entityType: 'auditProgramme', entityVersion: 2, limit: 1 });
    expect(entry?.reason).toBe('Reporting deadline agreed with QA');
  });

  it('[P11.10g] refuses an unknown space, a day that starts no cycle, a policy auditing risky areas less often and a stale version — changing nothing', async () => {
    await save();
    const before = await trailLength();
    expect(await save({ programme: programme({ ismsSpaceKey: 'NOSUCH' }), expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'programme.ismsSpaceKey' },
    });
    expect(await save({ programme: programme({ ismsSpaceKey: 'IS MS' }), expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'programme.ismsSpaceKey' },
    });
    expect(await save({ cycleStart: '2026-02-01', expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'cycleStart' },
    });
    expect(
      await save({
        programme: programme({ frequencyPolicy: { intervalMonths: { high: 24, medium: 12, low: 6 } } }),
        expectedVersion: 1,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'programme.frequencyPolicy.intervalMonths' } });
    expect(await save({ expectedVersion: 0 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect(await call('getAuditProgramme', { cycleStart: '2026-03-01' }, viewer)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'cycleStart' },
    });
    expect(await trailLength()).toBe(before);
  });

  it('[P11.10d] only a programme manager saves a programme; anyone without a role reads nothing', async () => {
    const before = await trailLength();
    for (const who of [lead, auditor, viewer, stranger]) {
      expect(await save({}, who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await call('getAuditProgramme', {}, stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await trailLength()).toBe(before);
  });
});
