import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import { AuditRecord, type AuditPlanContentInput } from '../../src/domain/audits/auditPlan';
import { AuditorRecord } from '../../src/domain/auditors/auditorRecord';
import { emptyAuditReport } from '../../src/domain/reports/auditReport';
import { recordContentHash } from '../../src/domain/signing/signature';
import type { ChecklistLine } from '../../src/domain/audits/auditState';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const lead = 'acct-lead';
const otherLead = 'acct-lead-2';
const auditor = 'acct-auditor';
const auditee = 'acct-auditee';
const viewer = 'acct-viewer';
const owner = 'acct-olu';
const names = {
  [manager]: 'Aoife Brennan',
  [lead]: 'Rahul Mehta',
  [otherLead]: 'Sofia Lindqvist',
  [auditor]: 'Hannah Weber',
  [auditee]: 'Tomás Ruiz',
  [viewer]: 'Grace Okafor',
  [owner]: 'Olu Adeyemi',
};
const PASS = 'correct horse battery staple';
const programmeId = programmeIdFor('2026-01-01');

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let areaId: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const stored = async (id = 'audit_1') => (await services.store.get('audit', id))!;

async function registerAuditor(accountId: string, expiresOn = '2028-06-30') {
  await services.store.apply({
    entity: 'auditor',
    id: accountId,
    before: null,
    after: AuditorRecord.parse({
      accountId,
      domains: ['4', '5', '6', '7', '8', '9', '10', 'A'],
      certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-15', expiresOn }],
    }),
    actor: manager,
    at: services.clock.now(),
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
    // Audits too, and works in the audited area: only impartiality should keep them off it.
    [auditee]: ['auditee', 'auditor'],
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
        itemIds: ['A.8.13', 'A.8.15', '9.2'],
      },
    },
    manager,
  );
  areaId = area.value.id;
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeId,
    before: null,
    after: AuditProgramme.parse({ cycleStart: '2026-01-01', cycleLengthMonths: 12, ismsSpaceKey: 'ISMS' }),
    actor: manager,
    at: services.clock.now(),
  });
  await registerAuditor(lead);
  await registerAuditor(auditor);
});
afterEach(() => ctx.close());

const answered: ChecklistLine[] = [
  { itemId: 'A.8.13', result: 'conforming', note: 'Backups restored monthly' },
  { itemId: 'A.8.15', result: 'observation', note: 'Log retention undocumented' },
  { itemId: '9.2', result: 'conforming', note: '' },
];

/** A signature written straight to the store, as approveAuditReport or signRecord would leave it. */
async function writeApprovalSignature(recordType: string, recordId: string, recordVersion: number, signer: string) {
  const record = (await services.store.get(recordType as 'audit', recordId))!.record;
  await services.store.apply({
    entity: 'signature',
    id: `${recordType}-${recordId}-${recordVersion}-${signer}`,
    before: null,
    after: {
      recordType,
      recordId,
      recordVersion,
      contentHash: recordContentHash(record),
      signerAccountId: signer,
      signerName: names[signer as keyof typeof names],
      signedAt: services.clock.now().toISOString(),
      meaning: 'approved',
    },
    actor: signer,
    at: services.clock.now(),
  });
}

/** The audit's report approved and signed by its lead (the step before an audit closes). */
async function approveReport(id = 'audit_1') {
  const before = await services.store.get('auditReport', id);
  await services.store.apply({
    entity: 'auditReport',
    id,
    before,
    after: {
      ...(before?.record ?? emptyAuditReport(id)),
      conclusion: 'The ISMS is effective for backups and logging.',
      approval: {
        pageId: 'page-1',
        pageVersion: 1,
        contentHash: 'a'.repeat(64),
        content: '<p>Report</p>',
        approvedBy: lead,
        approvedAt: services.clock.now().toISOString(),
      },
    },
    actor: lead,
    at: services.clock.now(),
  });
  await writeApprovalSignature('auditReport', id, (before?.version ?? 0) + 1, lead);
}

/**
 * An audit is written with its auditees' acknowledgements and (with `approved`) the lead's signed
 * approval of the plan: the steps fieldwork needs (see auditSteps.test.ts).
 */
async function writeAudit(
  options: {
    state?: string;
    plan?: Partial<AuditPlanContentInput>;
    checklist?: ChecklistLine[];
    id?: string;
    approved?: boolean;
  } = {},
) {
  const id = options.id ?? 'audit_1';
  await services.store.apply({
    entity: 'audit',
    id,
    before: null,
    after: AuditRecord.parse({
      programmeId,
      plan: {
        title: 'IT operations backup and logging',
        areaIds: [areaId],
        itemIds: ['A.8.13', 'A.8.15', '9.2'],
        objectives: 'Check that backups are restorable',
        leadAuditorId: lead,
        teamIds: [],
        auditeeIds: [auditee],
        plannedStart: '2026-11-30',
        plannedEnd: '2026-12-02',
        ...options.plan,
      },
      state: options.state ?? 'planned',
      reportedOn: options.state === 'reporting' || options.state === 'closed' ? '2026-11-20' : null,
      checklist: options.checklist ?? answered,
      origin: { kind: 'manual' },
      steps: {
        acknowledgements: (options.plan?.auditeeIds ?? [auditee]).map((auditeeId) => ({
          auditeeId,
          auditVersion: 1,
          acknowledgedOn: '2026-11-25',
          acknowledgedAt: '2026-11-25T09:00:00Z',
        })),
        // Written ahead so these tests move on the same record versions as before the steps existed.
        openingMeeting: {
          heldOn: '2026-11-30',
          attendeeIds: [lead, auditee],
          recordedBy: lead,
          recordedAt: '2026-11-30T09:00:00Z',
        },
      },
    }),
    actor: manager,
    at: services.clock.now(),
  });
  if (options.approved === true) await writeApprovalSignature('audit', id, 1, lead);
  return id;
}

const move = (to: string, expectedVersion: number, who = lead, extra: Record<string, unknown> = {}) =>
  call('moveAudit', { auditId: 'audit_1', to, expectedVersion, ...extra }, who);

describe('moving an audit through its life', () => {
  it('[ISO9.2.2] [P11.10f] the lead moves planned → in progress → reporting → closed; reaching reporting records the day', async () => {
    await writeAudit({ approved: true });
    const started = await move('inProgress', 1);
    expect(started).toMatchObject({
      ok: true,
      value: {
        id: 'audit_1',
        version: 2,
        state: 'inProgress',
        programmeId,
        leadAuditorName: 'Rahul Mehta',
        late: false,
        audit: { state: 'inProgress', reportedOn: null },
        can: { move: true, recordResults: true },
      },
    });
    expect(started.value.checklist.map((line: { itemId: string }) => line.itemId)).toEqual(['A.8.13', 'A.8.15', '9.2']);

    // Fieldwork overruns the planned end (2 December): the audit shows as late until it is reported.
    ctx.clock.advanceMinutes(60 * 24 * 10);
    expect((await call('getAudit', { auditId: 'audit_1' }, viewer)).value).toMatchObject({ late: true, daysLate: 2 });
    const reported = await move('reporting', 2);
    expect(reported.value).toMatchObject({
      version: 3,
      state: 'reporting',
      late: false,
      daysLate: 0,
      audit: { reportedOn: '2026-12-04' },
    });

    await approveReport();
    const closed = await call('moveAudit', { auditId: 'audit_1', to: 'closed', expectedVersion: 3 }, manager);
    expect(closed.value).toMatchObject({
      version: 4,
      state: 'closed',
      audit: { reportedOn: '2026-12-04' },
      can: { move: false },
    });
    expect((await stored()).record).toMatchObject({ state: 'closed', reportedOn: '2026-12-04' });

    const trail = await services.trail.entries({ entityType: 'audit', limit: 10 });
    expect(trail.map((e) => [e.actor, e.reason])).toEqual([
      [manager, null],
      [lead, 'Moved from planned to in progress'],
      [lead, 'Moved from in progress to reporting'],
      [manager, 'Moved from reporting to closed'],
    ]);
  });

  it('[ISO9.2.2] the reported day is the day in the programme time zone, not in UTC', async () => {
    const settings = await call(
      'updateProgrammeSettings',
      {
        settings: {
          organisationName: 'Helix',
          cycleLengthMonths: 12,
          cycleStart: '2026-01-01',
          timeZone: 'Pacific/Auckland',
          workingDays: [1, 2, 3, 4, 5],
        },
        expectedVersion: 0,
      },
      manager,
    );
    expect(settings.ok).toBe(true);
    await writeAudit({ state: 'inProgress' });
    // 2 December 12:00 UTC is already 3 December in Auckland: one day past the planned end.
    ctx.clock.advanceMinutes(8 * 24 * 60 + 3 * 60);
    expect((await call('getAudit', { auditId: 'audit_1' }, viewer)).value).toMatchObject({ late: true, daysLate: 1 });
    expect((await move('reporting', 1)).value).toMatchObject({ audit: { reportedOn: '2026-12-03' }, late: false });
  });

  it('[P11.10f] refuses skipping a state, leaving a closed audit, staying put and a stale version — changing nothing', async () => {
    await writeAudit();
    const before = await trailLength();
    expect(await move('reporting', 1)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'to', message: expect.stringContaining('can only move to in progress') },
    });
    expect(await move('closed', 1)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'to' } });
    expect(await move('planned', 1)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'to', message: expect.stringContaining('already planned') },
    });
    expect(await move('inProgress', 0)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect(await move('sideways', 1)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'to' } });
    expect(await trailLength()).toBe(before);
    expect((await stored()).version).toBe(1);

    await services.store.apply({
      entity: 'audit',
      id: 'audit_1',
      before: await stored(),
      after: { ...(await stored()).record, state: 'closed' },
      actor: manager,
      at: services.clock.now(),
    });
    const afterClose = await trailLength();
    expect(await move('reporting', 2)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'to', message: expect.stringContaining('a closed audit is final') },
    });
    expect(await trailLength()).toBe(afterClose);
  });

  it('[P11.10f] refuses to close while a checklist line is unanswered or not audited without a note, naming the lines', async () => {
    await writeAudit({
      state: 'reporting',
      checklist: [
        { itemId: 'A.8.13', result: 'conforming', note: '' },
        { itemId: 'A.8.15', result: null, note: '' },
        { itemId: '9.2', result: 'notAudited', note: 'later' },
      ],
    });
    const before = await trailLength();
    const refused = await move('closed', 1);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'to' } });
    expect(refused.error.message).toContain('Line A.8.15 has no result');
    expect(refused.error.message).toContain('Line 9.2 is marked not audited without a note');
    expect(refused.error.message).not.toContain('A.8.13');
    expect(await trailLength()).toBe(before);
    expect((await stored()).record.state).toBe('reporting');

    const current = await stored();
    await services.store.apply({
      entity: 'audit',
      id: 'audit_1',
      before: current,
      after: {
        ...current.record,
        checklist: [
          { itemId: 'A.8.13', result: 'conforming', note: '' },
          { itemId: 'A.8.15', result: 'opportunity', note: 'Document log retention' },
          { itemId: '9.2', result: 'notAudited', note: 'The internal audit owner was on leave all week' },
        ],
      },
      actor: lead,
      at: services.clock.now(),
    });
    await approveReport();
    expect(await move('closed', 2)).toMatchObject({ ok: true, value: { state: 'closed' } });
  });

  it('[P11.10f] [A11.9] going back from reporting to in progress needs a reason, which the trail keeps; the reported day is cleared', async () => {
    await writeAudit({ state: 'reporting' });
    const before = await trailLength();
    expect(await move('inProgress', 1)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'reason', message: expect.stringContaining('written reason') },
    });
    expect(await move('inProgress', 1, lead, { reason: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'reason' },
    });
    expect(await trailLength()).toBe(before);

    const reason = 'The server room was not visited; one more day of fieldwork';
    const reopened = await move('inProgress', 1, lead, { reason });
    expect(reopened.value).toMatchObject({ version: 2, state: 'inProgress', audit: { reportedOn: null } });
    const [last] = (await services.trail.entries({ entityType: 'audit', limit: 10 })).slice(-1);
    expect(last).toMatchObject({ actor: lead, reason });
  });

  it('[ISO9.2.2] fieldwork starts only with a lead auditor, competent and impartial on the day', async () => {
    await writeAudit({ plan: { leadAuditorId: null } });
    const before = await trailLength();
    expect(
      await call('moveAudit', { auditId: 'audit_1', to: 'inProgress', expectedVersion: 1 }, manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'to', message: expect.stringContaining('Assign a lead auditor') },
    });
    // A certificate that lapsed between planning and fieldwork.
    await services.store.apply({
      entity: 'auditor',
      id: otherLead,
      before: null,
      after: AuditorRecord.parse({
        accountId: otherLead,
        domains: ['A', '9'],
        certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2023-01-01', expiresOn: '2026-11-20' }],
      }),
      actor: manager,
      at: services.clock.now(),
    });
    await writeAudit({ id: 'audit_2', plan: { leadAuditorId: otherLead } });
    const lapsed = await call('moveAudit', { auditId: 'audit_2', to: 'inProgress', expectedVersion: 1 }, otherLead);
    expect(lapsed).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'to' } });
    expect(lapsed.error.message).toContain('Sofia Lindqvist');
    expect(lapsed.error.message).toContain('expired on 2026-11-20');
    expect(await trailLength()).toBe(before + 2);
    expect((await stored('audit_2')).record.state).toBe('planned');
  });

  it('[ISO9.2.2] an auditor who works in the area blocks fieldwork until a signed override lifts the conflict', async () => {
    // The auditee works in the area; here they are also on the audit team.
    await registerAuditor(auditee);
    await writeAudit({ plan: { teamIds: [auditee], auditeeIds: [owner] }, approved: true });
    const refused = await move('inProgress', 1);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'to' } });
    expect(refused.error.message).toContain('Tomás Ruiz is a member of IT operations');

    expect((await call('setSigningPassphrase', { newPassphrase: PASS }, manager)).ok).toBe(true);
    // Signed through its own action (signRecord refuses an override: it has rules of its own).
    const signed = await call(
      'overrideImpartiality',
      {
        auditId: 'audit_1',
        auditorId: auditee,
        areaId,
        justification: 'The only person who knows the backup tooling; the lead reviews every result.',
        passphrase: PASS,
      },
      manager,
    );
    expect(signed.ok).toBe(true);
    expect(await move('inProgress', 1)).toMatchObject({ ok: true, value: { state: 'inProgress' } });
  });

  it('[A11.9] an approved plan still moves: the workflow step is the reason the trail records', async () => {
    await writeAudit();
    expect((await call('setSigningPassphrase', { newPassphrase: PASS }, manager)).ok).toBe(true);
    const approved = await call(
      'signRecord',
      { recordType: 'audit', recordId: 'audit_1', recordVersion: 1, meaning: 'approved', passphrase: PASS },
      manager,
    );
    expect(approved.ok).toBe(true);
    expect(await move('inProgress', 1)).toMatchObject({ ok: true, value: { version: 2, state: 'inProgress' } });
  });

  it('[P11.10g] auditees, auditors, viewers and the lead of another audit cannot move it — nothing changes', async () => {
    await writeAudit({ plan: { teamIds: [auditor] } });
    const before = await trailLength();
    for (const who of [auditee, auditor, viewer, otherLead]) {
      expect(await move('inProgress', 1, who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await call('moveAudit', { auditId: 'audit_9', to: 'inProgress', expectedVersion: 1 }, lead)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await trailLength()).toBe(before);
    expect((await stored()).record.state).toBe('planned');
  });
});
