import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import { appServicesForTest, grantRoles } from '../support/appServices';

/**
 * The schedule baseline through saveAuditPlan (issue 18 item 5): once the programme is approved, a
 * changed planned date keeps the approved dates as the baseline and needs a reason; before, the
 * plan is a draft and its dates move freely.
 */
const manager = 'acct-manager';
const lead = 'acct-lead';
const owner = 'acct-olu';
const cycleStart = '2026-01-01';
const programmeId = programmeIdFor(cycleStart);
const PASS = 'correct horse battery staple';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let auditId: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

beforeEach(async () => {
  ctx = await appServicesForTest({ [manager]: 'Aoife Brennan', [lead]: 'Rahul Mehta', [owner]: 'Olu Adeyemi' });
  services = ctx.services;
  await grantRoles(services, { [manager]: ['programmeManager'], [lead]: ['leadAuditor'], [owner]: ['auditee'] });
  const settings = {
    organisationName: 'Helix',
    cycleLengthMonths: 12,
    cycleStart,
    timeZone: 'UTC',
    workingDays: [1, 2, 3, 4, 5],
  };
  expect((await call('updateProgrammeSettings', { settings, expectedVersion: 0 }, manager)).ok).toBe(true);
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeId,
    before: null,
    after: AuditProgramme.parse({ cycleStart, cycleLengthMonths: 12, objectives: 'Assure the ISMS works' }),
    actor: manager,
    at: ctx.clock.now(),
  });
  const area = await call(
    'saveAuditableArea',
    {
      expectedVersion: 0,
      area: { name: 'IT operations', ownerId: owner, memberIds: [], likelihood: 4, impact: 4, itemIds: ['9.2'] },
    },
    manager,
  );
  const created = await call(
    'saveAuditPlan',
    {
      cycleStart,
      expectedVersion: 0,
      plan: {
        title: 'IT operations audit',
        areaIds: [area.value.id],
        itemIds: ['9.2'],
        plannedStart: '2026-11-02',
        plannedEnd: '2026-11-04',
      },
    },
    manager,
  );
  expect(created.ok).toBe(true);
  auditId = created.value.id;
});
afterEach(() => ctx.close());

const move = async (plannedStart: string, plannedEnd: string, reason?: string) => {
  const current = (await call('getAudit', { auditId }, manager)).value;
  return call(
    'saveAuditPlan',
    {
      auditId,
      expectedVersion: current.version,
      plan: { ...current.audit.plan, plannedStart, plannedEnd },
      ...(reason ? { reason } : {}),
    },
    manager,
  );
};

async function approveProgramme() {
  expect((await call('setSigningPassphrase', { newPassphrase: PASS }, manager)).ok).toBe(true);
  const signed = await call(
    'signRecord',
    { recordType: 'auditProgramme', recordId: programmeId, recordVersion: 1, meaning: 'approved', passphrase: PASS },
    manager,
  );
  expect(signed.ok).toBe(true);
}

describe('[ISO9.2.2] the schedule baseline', () => {
  it('lets a draft programme move its dates without a reason and keeps no baseline', async () => {
    const moved = await move('2026-11-09', '2026-11-11');
    expect(moved.ok).toBe(true);
    expect(moved.value.audit.baseline).toBeUndefined();
    expect(moved.value.audit.dateChanges).toBeUndefined();
    expect(moved.value.rescheduledFrom).toBeUndefined();
  });

  it('after approval refuses a date change without a reason and writes nothing', async () => {
    await approveProgramme();
    const before = await trailLength();
    const refused = await move('2026-11-09', '2026-11-11');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(await trailLength()).toBe(before);
    const audit = (await call('getAudit', { auditId }, manager)).value.audit;
    expect(audit.plan).toMatchObject({ plannedStart: '2026-11-02', plannedEnd: '2026-11-04' });
  });

  it('after approval keeps the approved dates as the baseline and records the reason with each change', async () => {
    await approveProgramme();
    expect((await move('2026-11-09', '2026-11-11', 'The IT operations owner is at the supplier audit')).ok).toBe(true);
    const moved = await move('2026-11-16', '2026-11-18', 'Server room migration that week');
    expect(moved.ok).toBe(true);
    expect(moved.value.audit.plan).toMatchObject({ plannedStart: '2026-11-16', plannedEnd: '2026-11-18' });
    expect(moved.value.audit.baseline).toEqual({ plannedStart: '2026-11-02', plannedEnd: '2026-11-04' });
    expect(moved.value.audit.dateChanges).toEqual([
      expect.objectContaining({
        from: { plannedStart: '2026-11-02', plannedEnd: '2026-11-04' },
        to: { plannedStart: '2026-11-09', plannedEnd: '2026-11-11' },
        changedBy: manager,
        reason: 'The IT operations owner is at the supplier audit',
      }),
      expect.objectContaining({ reason: 'Server room migration that week' }),
    ]);
    // The page names who moved it, and lists say it was moved from its approved dates.
    expect(moved.value.people[manager]).toBe('Aoife Brennan');
    expect(moved.value.rescheduledFrom).toEqual({ plannedStart: '2026-11-02', plannedEnd: '2026-11-04' });
    const listed = (await call('listAudits', { cycleStart }, manager)).value.audits;
    expect(listed[0].rescheduledFrom).toEqual({ plannedStart: '2026-11-02', plannedEnd: '2026-11-04' });
    // A change that keeps the dates needs no reason.
    const current = (await call('getAudit', { auditId }, manager)).value;
    const retitled = await call(
      'saveAuditPlan',
      {
        auditId,
        expectedVersion: current.version,
        plan: { ...current.audit.plan, title: 'IT operations and logging audit' },
      },
      manager,
    );
    expect(retitled.ok).toBe(true);
    expect(retitled.value.audit.baseline).toEqual({ plannedStart: '2026-11-02', plannedEnd: '2026-11-04' });
  });
});
