import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import type { AuditPlanContentInput } from '../../src/domain/audits/auditPlan';
import type { AuditState } from '../../src/domain/audits/auditState';
import { appServicesForTest, grantRoles } from '../support/appServices';
import {
  fieldworkLines,
  fieldworkNames,
  fieldworkPeople,
  fieldworkRoles,
  writeCurrentProgramme,
  writeFieldworkAudit,
} from '../support/fieldwork';

const { manager, lead, team, outsider, viewer, auditee } = fieldworkPeople;
const lines = fieldworkLines;
const DAY = 24 * 60;

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let itOps: string;
let finance: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

async function saveArea(name: string) {
  const saved = await call(
    'saveAuditableArea',
    {
      expectedVersion: 0,
      area: { name, ownerId: auditee, memberIds: [], likelihood: 3, impact: 4, itemIds: lines },
    },
    manager,
  );
  return saved.value.id as string;
}

const writeAudit = (id: string, state: AuditState, plan: Partial<AuditPlanContentInput> = {}) =>
  writeFieldworkAudit(services, id, state, { title: `Audit ${id}`, areaIds: [itOps, finance], ...plan });

const finding = (extra: Record<string, unknown> = {}) => ({
  grade: 'minorNC',
  itemId: 'A.8.13',
  areaId: itOps,
  requirement: 'Backups are restored and tested as the backup procedure says',
  evidence: 'The restore log for the ERP database has no entry since March',
  gap: 'No restore test for eight months',
  ...extra,
});
const record = (auditId: string, extra: Record<string, unknown> = {}, who = team) =>
  call('recordFinding', { auditId, finding: finding(extra) }, who);

beforeEach(async () => {
  ctx = await appServicesForTest(fieldworkNames);
  services = ctx.services;
  await grantRoles(services, fieldworkRoles);
  await writeCurrentProgramme(services);
  itOps = await saveArea('IT operations');
  finance = await saveArea('Finance');
  await writeAudit('audit-2026', 'inProgress');
});
afterEach(() => ctx.close());

describe('findings', () => {
  it('[ISO9.2.2][P11.10e] a team member records a graded finding with its three statements; it is listed with names, newest first', async () => {
    const first = await record('audit-2026');
    expect(first).toMatchObject({
      ok: true,
      value: {
        version: 1,
        itemTitle: expect.any(String),
        areaName: 'IT operations',
        auditTitle: 'Audit audit-2026',
        raisedByName: 'Sofia Lindqvist',
        isRepeat: false,
        finding: {
          auditId: 'audit-2026',
          raisedOn: '2026-11-24',
          raisedBy: team,
          repeatOf: [],
          content: { grade: 'minorNC', itemId: 'A.8.13', gap: 'No restore test for eight months' },
        },
      },
    });
    ctx.clock.advanceMinutes(DAY);
    const second = await record(
      'audit-2026',
      { grade: 'opportunity', itemId: 'A.8.15', areaId: finance, gap: '' },
      lead,
    );
    expect(second.value.finding).toMatchObject({ raisedOn: '2026-11-25', content: { grade: 'opportunity', gap: '' } });

    await writeAudit('audit-other', 'inProgress');
    ctx.clock.advanceMinutes(5);
    await record('audit-other', { itemId: '9.2.2', grade: 'observation' });
    const all = (await call('listFindings', {}, viewer)).value.findings;
    expect(all.map((f: { id: string }) => f.id)).toEqual([expect.any(String), second.value.id, first.value.id]);
    expect(all[0].auditTitle).toBe('Audit audit-other');
    const ofOne = (await call('listFindings', { auditId: 'audit-2026' }, auditee)).value.findings;
    expect(ofOne.map((f: { id: string }) => f.id)).toEqual([second.value.id, first.value.id]);
    expect(await call('listFindings', { auditId: 'audit-nowhere' }, viewer)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const trail = await services.trail.entries({ entityType: 'finding', limit: 10 });
    expect(trail.map((entry) => [entry.action, entry.actor])).toEqual([
      ['create', team],
      ['create', lead],
      ['create', team],
    ]);
  });

  it('[ISO9.2.2] a finding on the same item and area within 12 months of one in another audit is flagged as a repeat', async () => {
    const earlier = (await record('audit-2026')).value;
    ctx.clock.advanceMinutes(200 * DAY);
    await writeAudit('audit-2027', 'inProgress');
    const repeat = (await record('audit-2027', { grade: 'majorNC' })).value;
    expect(repeat).toMatchObject({ isRepeat: true, finding: { repeatOf: [earlier.id] } });
    // Same item, another area: not a repeat. Same area, another item: not a repeat.
    expect((await record('audit-2027', { areaId: finance })).value.isRepeat).toBe(false);
    expect((await record('audit-2027', { itemId: 'A.8.15' })).value.isRepeat).toBe(false);
    const listed = (await call('listFindings', { auditId: 'audit-2027' }, viewer)).value.findings;
    expect(listed.filter((f: { isRepeat: boolean }) => f.isRepeat).map((f: { id: string }) => f.id)).toEqual([
      repeat.id,
    ]);
  });

  it('[ISO9.2.2] the 12-month window ends on the same day a year later: one day more is not a repeat', async () => {
    const earlier = (await record('audit-2026')).value;
    ctx.clock.advanceMinutes(365 * DAY);
    await writeAudit('audit-2027', 'inProgress');
    const onTheDay = (await record('audit-2027')).value;
    expect(onTheDay.finding).toMatchObject({ raisedOn: '2027-11-24', repeatOf: [earlier.id] });
    ctx.clock.advanceMinutes(DAY);
    await writeAudit('audit-2027b', 'inProgress');
    const later = (await record('audit-2027b', { areaId: finance })).value;
    expect(later.finding).toMatchObject({ raisedOn: '2027-11-25', repeatOf: [] });
    // ...but it still repeats the findings of the last 12 months.
    const again = (await record('audit-2027b')).value;
    expect(again.finding.repeatOf).toEqual([onTheDay.id]);
  });

  it('[ISO9.2.2][P11.10f] no finding before the audit is in progress, nor after it closed — nothing written', async () => {
    await writeAudit('audit-planned', 'planned');
    await writeAudit('audit-closed', 'closed');
    await writeAudit('audit-reporting', 'reporting');
    const before = await trailLength();
    const planned = await record('audit-planned');
    expect(planned).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(planned.error.message).toContain('is planned');
    expect(await record('audit-closed')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await trailLength()).toBe(before);
    // While the report is drafted, findings may still be added.
    expect((await record('audit-reporting')).ok).toBe(true);
  });

  it('[P11.10g] refuses an item outside the scope, an area not audited, a nonconformity without its gap and an unknown audit — changing nothing', async () => {
    await writeAudit('audit-it-only', 'inProgress', { areaIds: [itOps] });
    const before = await trailLength();
    expect(await record('audit-2026', { itemId: 'A.5.1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.itemId' },
    });
    expect(await record('audit-it-only', { areaId: finance })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.areaId' },
    });
    expect(await record('audit-2026', { gap: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.gap' },
    });
    expect(await record('audit-2026', { grade: 'critical' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'finding.grade' },
    });
    expect(await record('audit-nowhere')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await trailLength()).toBe(before);
  });

  it('[ISO9.2.2][P11.10g] refuses an auditor outside the team, a viewer, an auditee and a programme manager — changing nothing', async () => {
    const before = await trailLength();
    for (const who of [outsider, viewer, auditee, manager]) {
      expect(await record('audit-2026', {}, who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await trailLength()).toBe(before);
    expect((await call('listFindings', {}, 'acct-nobody')).error.code).toBe('forbidden');
  });
});
