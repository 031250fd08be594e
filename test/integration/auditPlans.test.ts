import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import type { AuditRecord } from '../../src/domain/audits/auditPlan';
import type { AuditorRecord } from '../../src/domain/auditors/auditorRecord';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const lead = 'acct-lead';
const otherLead = 'acct-lead-2';
const auditor = 'acct-auditor';
const owner = 'acct-olu';
const member = 'acct-hannah';
const viewer = 'acct-viewer';
const names = {
  [manager]: 'Aoife Brennan',
  [lead]: 'Rahul Mehta',
  [otherLead]: 'Mei Lin',
  [auditor]: 'Tomás Ruiz',
  [owner]: 'Olu Adeyemi',
  [member]: 'Hannah Keller',
  [viewer]: 'Grace Okafor',
};
const cycleStart = '2026-01-01';
const validCertificate = { name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-10', expiresOn: '2028-01-10' };

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let itOps: string;
let finance: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

/** The auditor register is written directly: its use case is another room's. */
async function register(accountId: string, competence: Pick<AuditorRecord, 'domains' | 'certificates'>) {
  await services.store.apply({
    entity: 'auditor',
    id: accountId,
    before: null,
    after: { accountId, trainings: [], evaluations: [], ...competence },
    actor: manager,
    at: ctx.clock.now(),
  });
}

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [lead]: ['leadAuditor'],
    [otherLead]: ['leadAuditor'],
    [auditor]: ['auditor'],
    [member]: ['auditor'],
    // An auditor and lead auditor who also owns IT operations (as in the demo): impartiality, not roles, must stop him.
    [owner]: ['auditee', 'auditor', 'leadAuditor'],
    'acct-lapsed': ['auditor'],
    'acct-clauses-only': ['leadAuditor'],
    'acct-unregistered': ['auditor'],
    'acct-expiring': ['auditor'],
    [viewer]: ['viewer'],
  });
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
    id: programmeIdFor(cycleStart),
    before: null,
    after: AuditProgramme.parse({ cycleStart, cycleLengthMonths: 12, objectives: 'Assure the ISMS works' }),
    actor: manager,
    at: ctx.clock.now(),
  });
  const area = async (name: string, ownerId: string, memberIds: string[]) =>
    (
      await call(
        'saveAuditableArea',
        {
          expectedVersion: 0,
          area: { name, ownerId, memberIds, likelihood: 4, impact: 4, itemIds: ['9.2', 'A.8.15'] },
        },
        manager,
      )
    ).value.id as string;
  itOps = await area('IT operations', owner, [member]);
  finance = await area('Finance', 'acct-farah', []);
  for (const who of [lead, otherLead, auditor, member, owner]) {
    await register(who, { domains: ['9', 'A.8'], certificates: [validCertificate] });
  }
});
afterEach(() => ctx.close());

const plan = (extra: Record<string, unknown> = {}) => ({
  title: 'IT operations audit',
  areaIds: [itOps],
  itemIds: ['A.8.15', '9.2'],
  objectives: 'Check logging and the audit programme',
  criteria: 'ISO/IEC 27001:2022, the logging standard',
  methods: 'Interviews, record review, a technical test of log retention',
  resources: 'Two days, read access to the SIEM',
  leadAuditorId: lead,
  teamIds: [auditor],
  auditeeIds: [owner],
  plannedStart: '2026-12-01',
  plannedEnd: '2026-12-02',
  ...extra,
});
const create = (extra: Record<string, unknown> = {}, who = manager) =>
  call('saveAuditPlan', { cycleStart, expectedVersion: 0, plan: plan(extra) }, who);
const change = (auditId: string, expectedVersion: number, extra: Record<string, unknown> = {}, who = manager) =>
  call('saveAuditPlan', { auditId, expectedVersion, plan: plan(extra) }, who);

/** Stands in for fieldwork (another room's use cases): sets state and checklist results directly. */
async function advance(auditId: string, edit: (audit: AuditRecord) => AuditRecord) {
  const before = await services.store.get('audit', auditId);
  await services.store.apply({
    entity: 'audit',
    id: auditId,
    before,
    after: edit(before!.record),
    actor: lead,
    at: ctx.clock.now(),
  });
}

describe('audit plans', () => {
  it('[ISO9.2.2] a programme manager plans an audit: scope, checklist in catalogue order, team checked and named', async () => {
    const created = await create();
    expect(created.ok).toBe(true);
    const view = created.value;
    expect(view).toMatchObject({
      version: 1,
      title: 'IT operations audit',
      state: 'planned',
      programmeId: programmeIdFor(cycleStart),
      areaNames: ['IT operations'],
      leadAuditorName: 'Rahul Mehta',
      late: false,
      findings: 0,
      origin: { kind: 'manual' },
      audit: { plan: { methods: 'Interviews, record review, a technical test of log retention', auditeeIds: [owner] } },
    });
    // Parent clause 9.2 stands for its sub-clauses; clauses come before controls.
    expect(view.checklist.map((line: { itemId: string }) => line.itemId)).toEqual(['9.2.1', '9.2.2', 'A.8.15']);
    expect(view.checklist[2]).toMatchObject({ result: null, note: '', title: expect.any(String) });
    expect(view.checklist[2].guidance.length).toBeGreaterThan(40);
    expect(view.assignments).toMatchObject([
      { accountId: lead, role: 'lead', name: 'Rahul Mehta', competence: { competent: true }, conflicts: [] },
      { accountId: auditor, role: 'team', competence: { competent: true }, blockingConflicts: [] },
    ]);
    expect(view.people).toMatchObject({ [lead]: 'Rahul Mehta', [owner]: 'Olu Adeyemi', [member]: 'Hannah Keller' });
    expect(view.can).toEqual({ editPlan: true, move: true, recordResults: false, publish: true, override: true });

    await create({ title: 'Finance audit', areaIds: [finance], plannedStart: '2026-03-02', plannedEnd: '2026-03-03' });
    const listed = (await call('listAudits', { cycleStart }, viewer)).value.audits;
    expect(listed.map((a: { title: string; late: boolean }) => [a.title, a.late])).toEqual([
      ['Finance audit', true],
      ['IT operations audit', false],
    ]);
    expect((await call('listAudits', { cycleStart: '2025-01-01' }, viewer)).value.audits).toEqual([]);
    expect((await call('getAudit', { auditId: view.id }, viewer)).value.can).toEqual({
      editPlan: false,
      move: false,
      recordResults: false,
      publish: false,
      override: false,
    });
    const trail = await services.trail.entries({ entityType: 'audit', limit: 10 });
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['create', manager],
      ['create', manager],
    ]);
  });

  it('[ISO9.2.2] changing the scope keeps recorded results; a line with a result cannot leave the scope', async () => {
    const { value } = await create();
    await advance(value.id, (audit) => ({
      ...audit,
      state: 'inProgress',
      checklist: audit.checklist.map((line) =>
        line.itemId === 'A.8.15' ? { ...line, result: 'conforming', note: 'Logs kept 13 months' } : line,
      ),
    }));
    const before = await trailLength();
    expect(await change(value.id, 2, { itemIds: ['9.2'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'plan.itemIds', message: expect.stringMatching(/A\.8\.15/) },
    });
    expect(await trailLength()).toBe(before);

    const widened = await change(value.id, 2, { itemIds: ['A.8.15', '9.2.2', 'A.8.13'] });
    expect(widened.ok).toBe(true);
    expect(widened.value.checklist.map((l: { itemId: string; result: string | null }) => [l.itemId, l.result])).toEqual(
      [
        ['9.2.2', null],
        ['A.8.13', null],
        ['A.8.15', 'conforming'],
      ],
    );
    expect(widened.value.audit.state).toBe('inProgress');
    expect(widened.value.can.recordResults).toBe(false); // the manager is not on the team
    expect((await call('getAudit', { auditId: value.id }, auditor)).value.can.recordResults).toBe(true);
  });

  it('[ISO9.2.2] [P11.10g] refuses bad plans naming the field, and changes nothing', async () => {
    const { value } = await create();
    const before = await trailLength();
    const refused = async (attempt: Promise<any>, code: string, field: string) =>
      expect(await attempt).toMatchObject({ ok: false, error: { code, field } });
    await refused(call('saveAuditPlan', { expectedVersion: 0, plan: plan() }, manager), 'invalid_input', 'cycleStart');
    await refused(
      call('saveAuditPlan', { cycleStart: '2026-02-01', expectedVersion: 0, plan: plan() }, manager),
      'invalid_input',
      'cycleStart',
    );
    // The next cycle is a real cycle start, but its programme was never set up.
    await refused(
      call(
        'saveAuditPlan',
        {
          cycleStart: '2027-01-01',
          expectedVersion: 0,
          plan: plan({ plannedStart: '2027-02-01', plannedEnd: '2027-02-02' }),
        },
        manager,
      ),
      'invalid_input',
      'cycleStart',
    );
    await refused(create({ plannedStart: '2025-12-30' }), 'invalid_input', 'plan.plannedStart');
    await refused(create({ plannedEnd: '2027-01-01' }), 'invalid_input', 'plan.plannedEnd');
    await refused(create({ plannedStart: '2026-12-05', plannedEnd: '2026-12-04' }), 'invalid_input', 'plan.plannedEnd');
    await refused(create({ areaIds: [itOps, finance, 'area_404'] }), 'invalid_input', 'plan.areaIds.2');
    await refused(create({ itemIds: ['A.8.35'] }), 'invalid_input', 'plan.itemIds.0');
    await refused(create({ teamIds: [lead] }), 'invalid_input', 'plan.teamIds');
    await refused(change(value.id, 0), 'conflict', 'expectedVersion');
    expect(await change('audit_404', 1)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await trailLength()).toBe(before);
  });

  it('[ISO9.2.2b] an area owner as lead or a member in the team is blocked, and nothing is written', async () => {
    const before = await trailLength();
    expect(await create({ leadAuditorId: owner })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'plan.leadAuditorId',
        message: expect.stringMatching(/Olu Adeyemi owns IT operations/),
      },
    });
    expect(await create({ teamIds: [member] })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'plan.teamIds.0',
        message: expect.stringMatching(/member of IT operations/),
      },
    });
    expect(await create({ teamIds: [auditor, member] })).toMatchObject({ error: { field: 'plan.teamIds.1' } });
    expect(await trailLength()).toBe(before);
    // The same people may audit an area they have nothing to do with.
    expect((await create({ areaIds: [finance], leadAuditorId: owner, teamIds: [member] })).ok).toBe(true);
    // And a plan cannot be changed to bring the conflict in later.
    const { value } = await create();
    expect(await change(value.id, 1, { areaIds: [itOps], teamIds: [auditor, member] })).toMatchObject({
      error: { field: 'plan.teamIds.1' },
    });
  });

  it('[ISO7.2] an auditor without a valid certificate or a covering domain is blocked; one expiring soon is a warning', async () => {
    await register('acct-lapsed', {
      domains: ['9', 'A'],
      certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2023-06-30', expiresOn: '2026-06-30' }],
    });
    await register('acct-clauses-only', { domains: ['9'], certificates: [validCertificate] });
    await register('acct-expiring', {
      domains: ['9', 'A.8'],
      certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-05', expiresOn: '2027-01-05' }],
    });
    const before = await trailLength();
    expect(await create({ teamIds: ['acct-lapsed'] })).toMatchObject({
      ok: false,
      error: { field: 'plan.teamIds.0', message: expect.stringMatching(/expired on 2026-06-30/) },
    });
    // Leading an audit needs the lead auditor role, whatever the register says.
    expect(await create({ leadAuditorId: auditor, teamIds: [] })).toMatchObject({
      ok: false,
      error: { field: 'plan.leadAuditorId', message: expect.stringMatching(/does not hold the lead auditor role/) },
    });
    // The team is judged as a whole (ISO 19011 7.2.4): a lead who knows only the clauses leads alone no audit of A.8.15.
    expect(await create({ leadAuditorId: 'acct-clauses-only', teamIds: [] })).toMatchObject({
      ok: false,
      error: {
        field: 'plan.teamIds',
        message: expect.stringMatching(/no competence domain in the team covers A\.8\.15/),
      },
    });
    expect(await create({ teamIds: ['acct-unregistered'] })).toMatchObject({
      ok: false,
      error: { field: 'plan.teamIds.0', message: expect.stringMatching(/Not in the auditor register/) },
    });
    expect(await trailLength()).toBe(before);

    const saved = await create({ teamIds: ['acct-expiring'] });
    expect(saved.ok).toBe(true);
    expect(saved.value.assignments[1]).toMatchObject({
      accountId: 'acct-expiring',
      competence: {
        competent: true,
        expiringSoon: [{ certificate: 'ISO/IEC 27001 Lead Auditor', expiresOn: '2027-01-05', daysLeft: 42 }],
      },
    });
  });

  it('[P11.10g] only a programme manager creates audits; a lead auditor changes only the audits they lead', async () => {
    const { value } = await create();
    const before = await trailLength();
    expect(await create({}, lead)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await change(value.id, 1, { title: 'Taken over' }, otherLead)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    for (const who of [auditor, viewer, owner]) {
      expect(await change(value.id, 1, { title: 'Renamed' }, who)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await create({}, who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await call('cancelAudit', { auditId: value.id, expectedVersion: 1, reason: 'No' }, who)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await call('cancelAudit', { auditId: value.id, expectedVersion: 1, reason: 'No' }, lead)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await trailLength()).toBe(before);
    expect((await call('getAudit', { auditId: value.id }, otherLead)).value.can.editPlan).toBe(false);

    const own = await change(value.id, 1, { resources: 'Three days' }, lead);
    expect(own).toMatchObject({ ok: true, value: { version: 2, audit: { plan: { resources: 'Three days' } } } });
    expect(own.value.can).toMatchObject({ editPlan: true, move: true, override: false });
  });

  it('[ISO9.2.2] the plan is frozen once the audit reaches reporting', async () => {
    const { value } = await create();
    await advance(value.id, (audit) => ({ ...audit, state: 'reporting', reportedOn: '2026-11-24' }));
    const before = await trailLength();
    expect(await change(value.id, 2, { resources: 'More' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/frozen/) },
    });
    expect(await trailLength()).toBe(before);
    expect((await call('getAudit', { auditId: value.id }, manager)).value.can).toMatchObject({
      editPlan: false,
      move: true,
      publish: false,
    });
  });

  it('[P11.10e] a programme manager cancels a planned audit with a reason in the trail; a started one stays', async () => {
    const first = (await create()).value;
    const second = (await create({ title: 'Second audit' })).value;
    const before = await trailLength();
    expect(await call('cancelAudit', { auditId: first.id, expectedVersion: 1, reason: '' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'reason' },
    });
    expect(await call('cancelAudit', { auditId: first.id, expectedVersion: 2, reason: 'x' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    await advance(second.id, (audit) => ({ ...audit, state: 'inProgress' }));
    const started = await call('cancelAudit', { auditId: second.id, expectedVersion: 2, reason: 'Merged' }, manager);
    expect(started).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await trailLength()).toBe(before + 1); // only the stand-in for fieldwork

    const cancelled = await call(
      'cancelAudit',
      { auditId: first.id, expectedVersion: 1, reason: 'Merged into the Q1 audit' },
      manager,
    );
    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(await services.store.get('audit', first.id)).toBeNull();
    expect(await call('getAudit', { auditId: first.id }, viewer)).toMatchObject({ error: { code: 'not_found' } });
    const [deleted] = (await services.trail.entries({ entityType: 'audit', entityId: first.id, limit: 10 })).slice(-1);
    expect(deleted).toMatchObject({
      action: 'delete',
      actor: manager,
      reason: 'Merged into the Q1 audit',
      after: null,
    });
    expect((await call('listAudits', { cycleStart }, viewer)).value.audits.map((a: { id: string }) => a.id)).toEqual([
      second.id,
    ]);
  });
});
