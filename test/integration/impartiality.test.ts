import { dispatch } from '../../src/entry/dispatch';
import { overrideIdFor } from '../../src/app/audits/impartialityOverrides';
import type { AppServices } from '../../src/app/services';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import { verifyTrailAndRecords } from '../../src/app/trail/verifyAuditTrail';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const secondManager = 'acct-manager-2';
const lead = 'acct-lead';
const member = 'acct-hannah';
const owner = 'acct-olu';
const viewer = 'acct-viewer';
const names = {
  [manager]: 'Aoife Brennan',
  [secondManager]: 'Kwame Asante',
  [lead]: 'Rahul Mehta',
  [member]: 'Hannah Keller',
  [owner]: 'Olu Adeyemi',
  [viewer]: 'Grace Okafor',
};
const cycleStart = '2026-01-01';
const PASS = 'correct horse battery staple';
const JUSTIFICATION = 'Only Hannah knows the SIEM; she did not configure the log retention audited here';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let itOps: string;
let finance: string;
let auditId: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const trailOf = (entityType: string) => services.trail.entries({ entityType, limit: 1000 });

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  const at = ctx.clock.now();
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [secondManager]: ['programmeManager', 'leadAuditor'],
    [lead]: ['leadAuditor'],
    [member]: ['auditor'],
    [owner]: ['auditee'],
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
    after: AuditProgramme.parse({ cycleStart, cycleLengthMonths: 12 }),
    actor: manager,
    at,
  });
  const area = async (name: string, ownerId: string, memberIds: string[]) =>
    (
      await call(
        'saveAuditableArea',
        { expectedVersion: 0, area: { name, ownerId, memberIds, likelihood: 3, impact: 5, itemIds: ['A.8.15'] } },
        manager,
      )
    ).value.id as string;
  itOps = await area('IT operations', owner, [member]);
  // The programme manager works in Finance: they may not audit it, nor wave their own conflict through.
  finance = await area('Finance', 'acct-farah', [manager]);
  // The auditor register is written directly: its use case is another room's.
  for (const accountId of [lead, member, manager]) {
    await services.store.apply({
      entity: 'auditor',
      id: accountId,
      before: null,
      after: {
        accountId,
        domains: ['A.8', '9'],
        certificates: [{ name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-10', expiresOn: null }],
        trainings: [],
        evaluations: [],
      },
      actor: manager,
      at,
    });
  }
  const created = await call(
    'saveAuditPlan',
    {
      cycleStart,
      expectedVersion: 0,
      plan: {
        title: 'Logging audit',
        areaIds: [itOps, finance],
        itemIds: ['A.8.15'],
        leadAuditorId: lead,
        plannedStart: '2026-12-07',
        plannedEnd: '2026-12-08',
      },
    },
    manager,
  );
  expect(created.ok).toBe(true);
  auditId = created.value.id;
  await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
});
afterEach(() => ctx.close());

const override = (extra: Record<string, unknown> = {}, who = manager) =>
  call(
    'overrideImpartiality',
    { auditId, auditorId: member, areaId: itOps, justification: JUSTIFICATION, passphrase: PASS, ...extra },
    who,
  );
const addToTeam = (teamIds: string[], expectedVersion = 1) =>
  call(
    'saveAuditPlan',
    {
      auditId,
      expectedVersion,
      plan: {
        title: 'Logging audit',
        areaIds: [itOps, finance],
        itemIds: ['A.8.15'],
        leadAuditorId: lead,
        teamIds,
        plannedStart: '2026-12-07',
        plannedEnd: '2026-12-08',
      },
    },
    manager,
  );

describe('impartiality overrides', () => {
  it('[ISO9.2.2b] [P11.50] a programme manager signs an override; then the member may be assigned, and the plan shows it', async () => {
    expect(await addToTeam([member])).toMatchObject({
      ok: false,
      error: { field: 'plan.teamIds.0', overridable: { auditorId: member, areaId: itOps } },
    });
    const overridden = await override();
    expect(overridden.ok).toBe(true);
    const [shown] = overridden.value.overrides;
    expect(shown).toMatchObject({
      id: overrideIdFor(auditId, member, itOps),
      override: {
        auditorId: member,
        areaId: itOps,
        reason: 'member',
        justification: JUSTIFICATION,
        approvedBy: manager,
      },
      auditorName: 'Hannah Keller',
      approvedByName: 'Aoife Brennan',
      areaName: 'IT operations',
      signature: {
        meaning: 'impartialityOverride',
        signerName: 'Aoife Brennan',
        signedAt: '2026-11-24T09:00:00.000Z',
        recordVersion: 1,
        status: 'current',
        bindingIntact: true,
      },
    });
    expect(overridden.value.people).toMatchObject({ [member]: 'Hannah Keller', [manager]: 'Aoife Brennan' });

    const assigned = await addToTeam([member]);
    expect(assigned.ok).toBe(true);
    expect(assigned.value.assignments[1]).toMatchObject({
      accountId: member,
      conflicts: [{ areaId: itOps, reason: 'member' }],
      blockingConflicts: [],
    });
    expect((await call('getAudit', { auditId }, viewer)).value.overrides).toHaveLength(1);
    const [trailed] = await trailOf('impartialityOverride');
    expect(trailed).toMatchObject({ action: 'create', actor: manager, reason: JUSTIFICATION });
    expect((await trailOf('signingAttempt')).map((e) => (e.after as { outcome: string }).outcome)).toEqual([
      'passphraseGiven',
      'signed',
    ]);
    expect(await verifyTrailAndRecords(services.trail)).toMatchObject({ intact: true });
    // The same override twice is refused: it is append-only and already effective.
    expect(await override()).toMatchObject({ ok: false, error: { code: 'conflict', field: 'auditorId' } });
  });

  it('[P11.10g] nobody overrides their own conflict; only a programme manager overrides at all — changing nothing', async () => {
    const before = await trailLength();
    expect(await override({ auditorId: manager, areaId: finance })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    for (const who of [lead, member, owner, viewer]) {
      expect(await override({}, who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await trailLength()).toBe(before);
    expect((await call('getAudit', { auditId }, lead)).value.can.override).toBe(false);
    // Another programme manager may decide on the first one's conflict.
    await call('setSigningPassphrase', { newPassphrase: 'the second manager phrase' }, secondManager);
    expect(
      (await override({ auditorId: manager, areaId: finance, passphrase: 'the second manager phrase' }, secondManager))
        .ok,
    ).toBe(true);
  });

  it('[ISO9.2.2b] [P11.10g] refuses a short justification, a conflict that does not exist and an area outside the scope', async () => {
    const before = await trailLength();
    expect(await override({ justification: 'Nobody else free' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'justification' },
    });
    expect(await override({ auditorId: lead })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'auditorId', message: 'no conflict to override' },
    });
    expect(await override({ areaId: 'area_404' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'areaId' },
    });
    expect(await override({ auditId: 'audit_404' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await override({ passphrase: '' })).toMatchObject({ ok: false, error: { field: 'passphrase' } });
    expect(await trailLength()).toBe(before);
  });

  it('[P11.300d] a wrong passphrase writes no override, but the attempt is recorded and counts towards the lockout', async () => {
    const before = await trailLength();
    expect(await override({ passphrase: 'not the right passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'passphrase', message: expect.stringMatching(/4 attempts left/) },
    });
    expect(await services.store.listBy('impartialityOverride', 'auditId', auditId)).toEqual([]);
    const target = {
      recordType: 'impartialityOverride',
      recordId: overrideIdFor(auditId, member, itOps),
      meaning: 'impartialityOverride',
    };
    // Counted before the check, then the outcome: the lockout is derived from these records.
    expect((await trailOf('signingAttempt')).map((e) => e.after)).toEqual([
      expect.objectContaining({ outcome: 'passphraseGiven', ...target }),
      expect.objectContaining({ outcome: 'wrongPassphrase', ...target }),
    ]);
    expect((await call('getSigningStatus', {}, manager)).value.attemptsLeft).toBe(4);
    expect(await trailLength()).toBe(before + 2); // the counted attempt and its outcome
    expect(await addToTeam([member])).toMatchObject({ ok: false, error: { field: 'plan.teamIds.0' } });
    // The right passphrase next time works, and clears the failure count.
    expect((await override()).ok).toBe(true);
    expect((await call('getSigningStatus', {}, manager)).value.attemptsLeft).toBe(5);
  });

  it('[A11.7] an override left unsigned by a crash lifts nothing, and the same request signs it', async () => {
    const id = overrideIdFor(auditId, member, itOps);
    await services.store.apply({
      entity: 'impartialityOverride',
      id,
      before: null,
      after: {
        auditId,
        auditorId: member,
        areaId: itOps,
        reason: 'member',
        justification: JUSTIFICATION,
        approvedBy: manager,
        approvedAt: '2026-11-24T08:59:00.000Z',
      },
      actor: manager,
      at: ctx.clock.now(),
    });
    expect((await call('getAudit', { auditId }, manager)).value.overrides).toMatchObject([{ id, signature: null }]);
    expect(await addToTeam([member])).toMatchObject({ ok: false, error: { field: 'plan.teamIds.0' } });
    // Another programme manager cannot sign what the first one wrote, nor can a changed text be signed.
    await call('setSigningPassphrase', { newPassphrase: 'the second manager phrase' }, secondManager);
    expect(await override({ passphrase: 'the second manager phrase' }, secondManager)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await override({ justification: `${JUSTIFICATION}, reworded` })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'justification' },
    });

    const retried = await override();
    expect(retried.ok).toBe(true);
    expect(retried.value.overrides).toMatchObject([
      { id, override: { approvedAt: '2026-11-24T08:59:00.000Z' }, signature: { meaning: 'impartialityOverride' } },
    ]);
    expect((await trailOf('impartialityOverride')).map((e) => e.action)).toEqual(['create']);
    expect((await addToTeam([member])).ok).toBe(true);
  });

  it('[ISO9.2.2b] a closed audit takes no more overrides', async () => {
    const before = await services.store.get('audit', auditId);
    await services.store.apply({
      entity: 'audit',
      id: auditId,
      before,
      after: { ...before!.record, state: 'closed' },
      actor: lead,
      at: ctx.clock.now(),
    });
    const length = await trailLength();
    expect(await override()).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await trailLength()).toBe(length);
    expect((await call('getAudit', { auditId }, manager)).value.can.override).toBe(false);
  });
});
