import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import { AuditorRecord } from '../../src/domain/auditors/auditorRecord';
import { appServicesForTest, grantRoles } from '../support/appServices';

/**
 * The audit's steps through the resolvers (issue 18, item 4): a signed, acknowledged plan before
 * fieldwork, the opening meeting before reporting, findings corrected, regraded or withdrawn with a
 * reason, the closing meeting with each finding's position, and closing only on an approved report.
 */
const manager = 'acct-manager';
const lead = 'acct-lead';
const auditee = 'acct-auditee';
const viewer = 'acct-viewer';
const owner = 'acct-olu';
const names = {
  [manager]: 'Aoife Brennan',
  [lead]: 'Rahul Mehta',
  [auditee]: 'Tomás Ruiz',
  [viewer]: 'Grace Okafor',
  [owner]: 'Olu Adeyemi',
};
const PASS = 'correct horse battery staple';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let areaId: string;
let auditId: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const audit = async () => (await services.store.get('audit', auditId))!;
const today = () => services.clock.now().toISOString().slice(0, 10);
const move = async (to: string, who = lead) =>
  call('moveAudit', { auditId, to, expectedVersion: (await audit()).version }, who);

const finding = (grade: string, itemId: string) => ({
  grade,
  itemId,
  areaId,
  requirement: 'Logs are retained for 12 months',
  evidence: 'The SIEM keeps 30 days of logs',
  gap: grade.endsWith('NC') ? 'Eleven months of logs are missing' : '',
});

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [lead]: ['leadAuditor'],
    [auditee]: ['auditee'],
    [viewer]: ['viewer'],
  });
  const area = await call(
    'saveAuditableArea',
    {
      expectedVersion: 0,
      area: {
        name: 'IT operations',
        ownerId: owner,
        memberIds: [auditee],
        likelihood: 4,
        impact: 5,
        itemIds: ['A.8.15'],
      },
    },
    manager,
  );
  areaId = area.value.id;
  const programmeId = programmeIdFor('2026-01-01');
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeId,
    before: null,
    after: AuditProgramme.parse({ cycleStart: '2026-01-01', cycleLengthMonths: 12, ismsSpaceKey: 'ISMS' }),
    actor: manager,
    at: services.clock.now(),
  });
  await services.store.apply({
    entity: 'auditor',
    id: lead,
    before: null,
    after: AuditorRecord.parse({
      accountId: lead,
      domains: ['4', '5', '6', '7', '8', '9', '10', 'A'],
      certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-15', expiresOn: '2028-06-30' }],
    }),
    actor: manager,
    at: services.clock.now(),
  });
  const created = await call(
    'saveAuditPlan',
    {
      cycleStart: '2026-01-01',
      expectedVersion: 0,
      plan: {
        title: 'IT operations logging',
        areaIds: [areaId],
        itemIds: ['A.8.15'],
        leadAuditorId: lead,
        auditeeIds: [auditee],
        plannedStart: '2026-12-14',
        plannedEnd: '2026-12-16',
      },
    },
    manager,
  );
  expect(created.ok).toBe(true);
  auditId = created.value.id;
  expect((await call('setSigningPassphrase', { newPassphrase: PASS }, lead)).ok).toBe(true);
});
afterEach(() => ctx.close());

async function approvePlan() {
  const signed = await call(
    'signRecord',
    {
      recordType: 'audit',
      recordId: auditId,
      recordVersion: (await audit()).version,
      meaning: 'approved',
      passphrase: PASS,
    },
    lead,
  );
  expect(signed.ok).toBe(true);
}

async function acknowledge(who = auditee) {
  return call('acknowledgeAuditPlan', { auditId, expectedVersion: (await audit()).version, note: 'Read it' }, who);
}

async function startFieldwork() {
  await approvePlan();
  expect((await acknowledge()).ok).toBe(true);
  expect((await move('inProgress')).ok).toBe(true);
}

const meeting = async (kind: 'opening' | 'closing', extra: Record<string, unknown> = {}) =>
  call(
    'recordAuditMeeting',
    {
      auditId,
      expectedVersion: (await audit()).version,
      meeting: kind,
      content: {
        heldOn: today(),
        attendeeIds: [lead, auditee],
        pointsRaised: 'Scope and timetable confirmed',
        ...extra,
      },
    },
    lead,
  );

describe('the audit steps in order', () => {
  it('[ISO9.2.2] [P11.50] fieldwork starts only on a plan approved with a signature and acknowledged by its auditees', async () => {
    expect(await move('inProgress')).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'to',
        message: expect.stringContaining('is not approved with a signature'),
      },
    });
    expect(await acknowledge()).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('not approved yet') },
    });
    await approvePlan();
    const trailBefore = (await services.trail.entries({ limit: 10_000 })).length;
    expect(await move('inProgress')).toMatchObject({
      ok: false,
      error: {
        field: 'to',
        message: 'Fieldwork cannot start: the auditees of IT operations have not acknowledged the plan (Tomás Ruiz)',
      },
    });
    expect(await acknowledge(viewer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await services.trail.entries({ limit: 10_000 })).length).toBe(trailBefore);

    const acknowledged = await acknowledge();
    expect(acknowledged.value.steps).toMatchObject({
      planApproved: true,
      notAcknowledged: [],
      acknowledgements: [{ auditeeId: auditee, name: 'Tomás Ruiz', current: true, note: 'Read it' }],
      nextStepMissing: null,
    });
    const [last] = (await services.trail.entries({ entityType: 'audit', entityId: auditId, limit: 100 })).slice(-1);
    expect(last).toMatchObject({ actor: auditee, reason: expect.stringContaining('Plan acknowledged') });

    // Changing the plan after approval asks for a new approval and acknowledgement.
    const view = (await call('getAudit', { auditId }, manager)).value;
    const changed = await call(
      'saveAuditPlan',
      {
        auditId,
        expectedVersion: view.version,
        plan: { ...view.audit.plan, objectives: 'Also check log integrity' },
        reason: 'Objectives widened',
      },
      manager,
    );
    expect(changed.value.steps).toMatchObject({ planApproved: false, notAcknowledged: [{ accountId: auditee }] });
    await approvePlan();
    expect((await acknowledge()).ok).toBe(true);
    const started = await move('inProgress');
    expect(started.value).toMatchObject({ state: 'inProgress', audit: { steps: { fieldworkStartedOn: today() } } });
  });

  it('[ISO19011] meetings are recorded in order; reporting waits for the opening meeting', async () => {
    await startFieldwork();
    expect(await meeting('closing')).toMatchObject({ ok: false, error: { code: 'conflict', field: 'meeting' } });
    expect(await move('reporting')).toMatchObject({
      ok: false,
      error: { message: 'Reporting cannot start: the opening meeting of "IT operations logging" is not recorded' },
    });
    expect(await meeting('opening', { attendeeIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'content.attendeeIds' },
    });
    expect(await meeting('opening', { heldOn: '2099-01-01' })).toMatchObject({
      ok: false,
      error: { field: 'content.heldOn' },
    });
    const opened = await meeting('opening');
    expect(opened.value.steps.openingMeeting).toMatchObject({
      attendeeNames: ['Rahul Mehta', 'Tomás Ruiz'],
      pointsRaised: 'Scope and timetable confirmed',
      recordedBy: lead,
    });
    expect((await move('reporting')).value).toMatchObject({ state: 'reporting' });
  });

  it('[ISO9.2.2] [P11.10e] findings are regraded or withdrawn with a reason; positions at closing; the audit closes on an approved report', async () => {
    await startFieldwork();
    expect((await meeting('opening')).ok).toBe(true);
    const first = (await call('recordFinding', { auditId, finding: finding('minorNC', 'A.8.15') }, lead)).value;
    const second = (await call('recordFinding', { auditId, finding: finding('observation', 'A.8.15') }, lead)).value;

    const regrade = { kind: 'revise', content: { ...finding('observation', 'A.8.15') } };
    expect(
      await call('reviseFinding', { findingId: first.id, expectedVersion: 1, change: regrade, reason: 'short' }, lead),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(
      await call(
        'reviseFinding',
        {
          findingId: first.id,
          expectedVersion: 1,
          change: regrade,
          reason: 'The 12-month retention is a recommendation of the SOP, not a requirement',
        },
        auditee,
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const regraded = await call(
      'reviseFinding',
      {
        findingId: first.id,
        expectedVersion: 1,
        change: regrade,
        reason: 'The 12-month retention is a recommendation of the SOP, not a requirement',
      },
      lead,
    );
    expect(regraded.value).toMatchObject({
      version: 2,
      withdrawn: false,
      finding: { content: { grade: 'observation' }, revisions: [{ kind: 'regraded', previous: { grade: 'minorNC' } }] },
      history: [expect.stringContaining('regraded from minor nonconformity to observation: The 12-month retention')],
    });
    const withdrawn = await call(
      'reviseFinding',
      {
        findingId: second.id,
        expectedVersion: 1,
        change: { kind: 'withdraw' },
        reason: 'Recorded twice: the same gap as the first finding',
      },
      lead,
    );
    expect(withdrawn.value).toMatchObject({
      withdrawn: true,
      history: [expect.stringContaining('withdrawn: Recorded twice')],
    });
    expect(
      await call(
        'reviseFinding',
        {
          findingId: second.id,
          expectedVersion: 2,
          change: { kind: 'withdraw' },
          reason: 'Withdrawn once more by mistake',
        },
        lead,
      ),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('is withdrawn') } });
    // The trail keeps each version with its reason.
    const versions = await services.trail.entries({ entityType: 'finding', entityId: first.id, limit: 10 });
    expect(versions.map((e) => [e.entityVersion, e.reason])).toEqual([
      [1, null],
      [2, 'Finding regraded: The 12-month retention is a recommendation of the SOP, not a requirement'],
    ]);

    const line = await call(
      'saveChecklistLine',
      {
        auditId,
        itemId: 'A.8.15',
        result: 'observation',
        note: 'Retention shorter than the SOP recommends',
        expectedVersion: (await audit()).version,
      },
      lead,
    );
    expect(line.ok).toBe(true);
    expect((await move('reporting')).ok).toBe(true);
    expect(await meeting('closing', { positions: [{ findingId: second.id, position: 'agreed' }] })).toMatchObject({
      ok: false,
      error: { field: 'content.positions.0.findingId' },
    });
    const report = await call('getAuditReport', { auditId }, lead);
    expect(report.value.approvalBlockers).toContain('Record the closing meeting first');
    const closing = await meeting('closing', {
      positions: [
        {
          findingId: first.id,
          position: 'diverging',
          opinion: 'The vendor keeps 90 days; we consider that sufficient',
        },
      ],
    });
    expect(closing.value.steps).toMatchObject({
      closingMeeting: { positions: [{ findingId: first.id, position: 'diverging' }] },
      reportBlockers: [],
      nextStepMissing: 'The audit cannot close: the report of "IT operations logging" is not approved',
    });
    expect(await move('closed')).toMatchObject({
      ok: false,
      error: { field: 'to', message: 'The audit cannot close: the report of "IT operations logging" is not approved' },
    });
  });
});
