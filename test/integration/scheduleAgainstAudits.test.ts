import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
let itArea = '';

beforeEach(async () => {
  ctx = await appServicesForTest({ 'acct-olu': 'Olu Adeyemi' });
  services = ctx.services;
  await grantRoles(services, { [manager]: ['programmeManager'] });
  const settings = {
    organisationName: 'Helix Biologics',
    cycleLengthMonths: 12,
    cycleStart: '2026-01-01',
    timeZone: 'Europe/Dublin',
    workingDays: [1, 2, 3, 4, 5],
  };
  expect((await call('updateProgrammeSettings', { settings, expectedVersion: 0 }, manager)).ok).toBe(true);
  const area = {
    name: 'IT operations',
    ownerId: 'acct-olu',
    memberIds: [],
    likelihood: 4,
    impact: 5,
    itemIds: ['A.8.13'],
  };
  itArea = (await call('saveAuditableArea', { expectedVersion: 0, area }, manager)).value.id;
  const programme = { criteria: 'ISO/IEC 27001:2022 and the SoA', methods: 'Interviews and sampling' };
  await call('saveAuditProgramme', { cycleStart: '2027-01-01', programme, expectedVersion: 0 }, manager);
  expect((await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager)).value.created).toHaveLength(2);
});
afterEach(() => ctx.close());

/** The planner moves an adopted audit to other dates, as the audit page lets them. */
async function moveAudit(id: string, plannedStart: string, plannedEnd: string) {
  const stored = (await services.store.get('audit', id))!;
  await services.store.apply({
    entity: 'audit',
    id,
    before: stored,
    after: { ...stored.record, plan: { ...stored.record.plan, plannedStart, plannedEnd } },
    actor: manager,
    at: services.clock.now(),
  });
}
const itAudits = async () =>
  (await services.store.list('audit'))
    .filter((a) => a.record.plan.areaIds.includes(itArea))
    .map((a) => [a.record.plan.plannedStart, a.record.plan.title])
    .sort();

describe('the proposal over audits the planner has moved, on the local platform', () => {
  it('[ISO9.2.2] an audit moved into another window’s month schedules that window; adopting adds no second audit that month', async () => {
    await moveAudit(`audit-2027-01-01-${itArea}-1`, '2027-07-12', '2027-07-14');
    await services.store.apply({
      entity: 'audit',
      id: `audit-2027-01-01-${itArea}-2`,
      before: await services.store.get('audit', `audit-2027-01-01-${itArea}-2`),
      after: null,
      actor: manager,
      at: services.clock.now(),
    });
    const view = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, manager)).value;
    expect(
      view.proposals.map((p: { plannedStart: string; alreadyScheduled: boolean }) => [
        p.plannedStart,
        p.alreadyScheduled,
      ]),
    ).toEqual([
      ['2027-01-01', false],
      ['2027-07-01', true],
    ]);
    expect(view.nothingToAdopt).toMatch(
      /^Nothing to adopt: .*1 proposed audit is already planned; 1 audit adopted earlier was removed or moved/,
    );
    expect((await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager)).value.created).toEqual([]);
    expect(await itAudits()).toEqual([['2027-07-12', 'IT operations audit 1 of 2']]);
  });

  it('[ISO9.2.2] marks Scheduled only the window an audit falls in, not the one its id was adopted for', async () => {
    // "1 of 2" moved from January to September; "2 of 2" stays in July.
    await moveAudit(`audit-2027-01-01-${itArea}-1`, '2027-09-06', '2027-09-08');
    const view = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, manager)).value;
    expect(
      view.proposals.map((p: { plannedStart: string; alreadyScheduled: boolean }) => [
        p.plannedStart,
        p.alreadyScheduled,
      ]),
    ).toEqual([
      ['2027-01-01', false],
      ['2027-07-01', true],
    ]);
    expect(view.proposals[0].reason).toContain(
      'not adopted: the audit adopted for this window earlier was removed or moved',
    );
  });
});
