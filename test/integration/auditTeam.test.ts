import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { AuditProgramme, programmeIdFor } from '../../src/domain/programme/auditProgramme';
import type { AuditRecord } from '../../src/domain/audits/auditPlan';
import { defaultStatementOfApplicability } from '../../src/domain/soa/soa';
import { appServicesForTest, grantRoles } from '../support/appServices';

/**
 * Issue 18, items 2 and 3 through the resolvers: the team judged as a whole with its roles, the
 * lead's qualification, evaluations that bar, and impartiality from SoA control and process owners.
 */
const manager = 'acct-manager';
const lead = 'acct-lead';
const auditor = 'acct-auditor';
const expert = 'acct-expert';
const trainee = 'acct-trainee';
const ismsManager = 'acct-isms';
const names = {
  [manager]: 'Aoife Brennan',
  [lead]: 'Rahul Mehta',
  [auditor]: 'Tomás Ruiz',
  [expert]: 'Priya Sharma',
  [trainee]: 'Lukas Fischer',
  [ismsManager]: 'Grace Okafor',
};
const cycleStart = '2026-01-01';
const PASS = 'the manager signing phrase';
const internal = { name: 'ISO/IEC 27001 Internal Auditor', issuedOn: '2024-01-10', expiresOn: '2028-01-10' };
const leadCourse = { name: 'ISO/IEC 27001 Lead Auditor', issuedOn: '2024-01-10', expiresOn: '2028-01-10' };
const settings = {
  organisationName: 'Helix',
  cycleLengthMonths: 12,
  cycleStart,
  timeZone: 'UTC',
  workingDays: [1, 2, 3, 4, 5],
};

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let itOps: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const register = (accountId: string, domains: string[], certificates: object[], expectedVersion = 0) =>
  call('saveAuditor', { accountId, expectedVersion, competence: { domains, certificates } }, manager);

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [lead]: ['leadAuditor'],
    [auditor]: ['auditor', 'leadAuditor'],
    [expert]: ['auditor'],
    [trainee]: ['auditor'],
    [ismsManager]: ['auditor', 'leadAuditor'],
  });
  expect((await call('updateProgrammeSettings', { settings, expectedVersion: 0 }, manager)).ok).toBe(true);
  await services.store.apply({
    entity: 'auditProgramme',
    id: programmeIdFor(cycleStart),
    before: null,
    after: AuditProgramme.parse({ cycleStart, cycleLengthMonths: 12 }),
    actor: manager,
    at: ctx.clock.now(),
  });
  const area = {
    name: 'IT operations',
    ownerId: 'acct-olu',
    memberIds: [],
    likelihood: 4,
    impact: 4,
    itemIds: ['9.2'],
  };
  itOps = (await call('saveAuditableArea', { expectedVersion: 0, area }, manager)).value.id;
  expect((await register(lead, ['9'], [leadCourse])).ok).toBe(true);
  expect((await register(auditor, ['A.8'], [internal])).ok).toBe(true);
  // A database administrator who knows logging but holds no auditor certificate.
  expect((await register(expert, ['A.8.15'], [])).ok).toBe(true);
  expect((await register(trainee, [], [])).ok).toBe(true);
  expect((await register(ismsManager, ['9', 'A'], [leadCourse])).ok).toBe(true);
  await call('setSigningPassphrase', { newPassphrase: PASS }, manager);
});
afterEach(() => ctx.close());

const plan = (extra: Record<string, unknown> = {}) => ({
  title: 'Logging and audit programme',
  areaIds: [itOps],
  itemIds: ['9.2', 'A.8.15'],
  leadAuditorId: lead,
  teamIds: [auditor],
  plannedStart: '2026-12-01',
  plannedEnd: '2026-12-02',
  ...extra,
});
const create = (extra: Record<string, unknown> = {}) =>
  call('saveAuditPlan', { cycleStart, expectedVersion: 0, plan: plan(extra) }, manager);

async function setState(auditId: string, state: AuditRecord['state']) {
  const before = await services.store.get('audit', auditId);
  await services.store.apply({
    entity: 'audit',
    id: auditId,
    before,
    after: { ...before!.record, state },
    actor: manager,
    at: ctx.clock.now(),
  });
}

describe('the audit team (ISO 19011)', () => {
  it('accepts a team that covers the scope together, with an expert and a trainee, and shows each role', async () => {
    const saved = await create({
      teamIds: [auditor, expert, trainee],
      teamRoles: { [expert]: 'technicalExpert', [trainee]: 'trainee' },
    });
    expect(saved.ok).toBe(true);
    expect(
      saved.value.assignments.map((a: any) => [a.name, a.teamRole, a.competence.competent, a.teamUncoveredItems]),
    ).toEqual([
      ['Rahul Mehta', 'lead', true, []],
      ['Tomás Ruiz', 'auditor', true, []],
      ['Priya Sharma', 'technicalExpert', true, []],
      ['Lukas Fischer', 'trainee', true, []],
    ]);
    // Each member still sees what they do not cover alone, for information.
    expect(saved.value.assignments[0].competence.uncoveredItems).toEqual(['A.8.15']);
  });

  it('reads an audit stored without roles as before: the lead leads, the others audit', async () => {
    const { value } = await create();
    const stored = await services.store.get('audit', value.id);
    expect(stored!.record.plan.teamRoles).toBeUndefined();
    const view = await call('getAudit', { auditId: value.id }, manager);
    expect(view.value.assignments.map((a: any) => a.teamRole)).toEqual(['lead', 'auditor']);
  });

  it('refuses a team that together misses part of the scope, and a trainee does not fill the gap', async () => {
    const before = await trailLength();
    expect(await create({ teamIds: [trainee], teamRoles: { [trainee]: 'trainee' } })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'plan.teamIds',
        message: expect.stringMatching(/no competence domain in the team covers A\.8\.15/),
      },
    });
    expect(await trailLength()).toBe(before);
    expect((await create({ teamIds: [expert], teamRoles: { [expert]: 'technicalExpert' } })).ok).toBe(true);
  });

  it('refuses a lead without a lead auditor qualification, naming the person and the reason', async () => {
    await register(auditor, ['9', 'A.8'], [internal], 1);
    expect(await create({ leadAuditorId: auditor, teamIds: [] })).toMatchObject({
      ok: false,
      error: {
        field: 'plan.leadAuditorId',
        message:
          'Competence: Tomás Ruiz cannot be assigned. No certificate in the register qualifies them to lead audits',
      },
    });
    // Recorded as qualifying, a certificate of another name does; sent again without the answer, it keeps it.
    const renamed = { ...internal, name: 'IRCA certified auditor' };
    await register(auditor, ['9', 'A.8'], [{ ...renamed, qualifiesToLead: true }], 2);
    expect((await register(auditor, ['9', 'A.8', 'A.5'], [renamed], 3)).value.auditor.certificates).toEqual([
      { ...renamed, qualifiesToLead: true },
    ]);
    expect((await create({ leadAuditorId: auditor, teamIds: [] })).ok).toBe(true);
  });

  it('an evaluation below the threshold bars the auditor until re-evaluated; they may still join as a trainee', async () => {
    const { value } = await create();
    await setState(value.id, 'reporting');
    const evaluation = (scores: Record<string, number>, expectedVersion: number) =>
      call(
        'recordAuditorEvaluation',
        { accountId: auditor, auditId: value.id, scores, comment: 'Sampling too thin', expectedVersion },
        manager,
      );
    expect(await evaluation({ knowledge: 4, skills: 2, conduct: 4, reportQuality: 7 }, 1)).toMatchObject({
      ok: false,
      error: { field: 'scores.reportQuality', message: 'Score report quality 1 to 5' },
    });
    const evaluated = await evaluation({ knowledge: 4, skills: 2, conduct: 4, reportQuality: 3 }, 1);
    expect(evaluated.value).toMatchObject({
      eligible: false,
      lastEvaluation: { rating: 2, scores: { knowledge: 4, skills: 2, conduct: 4, reportQuality: 3 } },
    });
    expect(evaluated.value.warnings).toContain(
      `The evaluation of ${evaluated.value.lastEvaluation.evaluatedOn} scored 2 (skills), below the programme's threshold of 3: not eligible for an audit team until re-evaluated (they may join as a trainee/observer)`,
    );
    expect(await create()).toMatchObject({
      ok: false,
      error: {
        field: 'plan.teamIds.0',
        message: expect.stringMatching(/^Competence: Tomás Ruiz cannot be assigned\. The evaluation/),
      },
    });
    expect(
      (await create({ teamIds: [auditor, expert], teamRoles: { [auditor]: 'trainee', [expert]: 'technicalExpert' } }))
        .ok,
    ).toBe(true);

    // The programme lowers its threshold: the same evaluation no longer bars; the old settings form keeps it.
    const threshold = await call(
      'updateProgrammeSettings',
      { settings: { ...settings, minEvaluationResult: 2 }, expectedVersion: 1 },
      manager,
    );
    expect(threshold.ok).toBe(true);
    expect(
      (await call('updateProgrammeSettings', { settings, expectedVersion: 2 }, manager)).value.settings,
    ).toMatchObject({
      minEvaluationResult: 2,
    });
    expect((await create()).ok).toBe(true);
  });

  it('records CPD hours per year on the register', async () => {
    const saved = await call(
      'saveAuditor',
      {
        accountId: auditor,
        expectedVersion: 1,
        competence: { domains: ['A.8'], certificates: [internal], cpd: [{ year: 2026, hours: 24, note: 'ISACA' }] },
      },
      manager,
    );
    expect(saved.value.auditor.cpd).toEqual([{ year: 2026, hours: 24, note: 'ISACA' }]);
    // A form that sends no CPD (as before it existed) leaves it as recorded.
    const resaved = await call(
      'saveAuditor',
      { accountId: auditor, expectedVersion: 2, competence: { domains: ['A.8', '9'], certificates: [internal] } },
      manager,
    );
    expect(resaved.value).toMatchObject({ version: 3, auditor: { cpd: [{ year: 2026, hours: 24 }] } });
    expect(
      await call(
        'saveAuditor',
        { accountId: auditor, expectedVersion: 3, competence: { domains: [], cpd: [{ year: 2026, hours: -3 }] } },
        manager,
      ),
    ).toMatchObject({
      ok: false,
      error: { field: 'competence.cpd.0.hours', message: 'CPD hours are 0 or more' },
    });
  });

  it('a technical expert or trainee records no finding alone; the lead or an auditor does', async () => {
    const { value } = await create({ teamIds: [auditor, expert], teamRoles: { [expert]: 'technicalExpert' } });
    await setState(value.id, 'inProgress');
    const finding = {
      grade: 'observation',
      itemId: 'A.8.15',
      areaId: itOps,
      requirement: 'Logs of GxP systems are kept for the retention period.',
      evidence: 'The SIEM keeps 30 days; the standard asks 90.',
    };
    const before = await trailLength();
    expect(await call('recordFinding', { auditId: value.id, finding }, expert)).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringMatching(/^Priya Sharma is on "Logging and audit programme" as a technical expert/),
      },
    });
    expect(await trailLength()).toBe(before);
    expect((await call('recordFinding', { auditId: value.id, finding }, auditor)).ok).toBe(true);
  });
});

describe('impartiality from every owner (9.2.2 b)', () => {
  it("keeps a control's SoA owner off that line until a programme manager signs an override for it", async () => {
    const soa = defaultStatementOfApplicability();
    const entry = { ...soa.entries.find((e) => e.controlId === 'A.8.15')!, ownerId: auditor };
    expect((await call('saveSoaEntry', { entry, expectedVersion: 0 }, manager)).ok).toBe(true);
    const before = await trailLength();
    expect(await create()).toMatchObject({
      ok: false,
      error: {
        field: 'plan.teamIds.0',
        message:
          "Impartiality: Tomás Ruiz owns control A.8.15 in the Statement of Applicability and cannot audit it. Only a programme manager's signed override can allow it.",
        // The form offers the override the refusal names, from this data rather than its sentence.
        overridable: { auditorId: auditor, itemId: 'A.8.15' },
      },
    });
    expect(await trailLength()).toBe(before);

    const { value } = await create({ teamIds: [expert], teamRoles: { [expert]: 'technicalExpert' } });
    const override = (extra: Record<string, unknown>) =>
      call(
        'overrideImpartiality',
        {
          auditId: value.id,
          auditorId: auditor,
          justification: 'The only auditor who can read the SIEM configuration',
          passphrase: PASS,
          ...extra,
        },
        manager,
      );
    expect(await override({ itemId: 'A.8.13' })).toMatchObject({ ok: false, error: { field: 'itemId' } });
    expect(await override({ itemId: '9.2.2' })).toMatchObject({
      ok: false,
      error: { message: 'no conflict to override' },
    });
    expect(await override({})).toMatchObject({ ok: false, error: { field: 'areaId' } });
    const signed = await override({ itemId: 'A.8.15' });
    expect(signed.ok).toBe(true);
    expect(signed.value.overrides).toMatchObject([
      {
        override: { itemId: 'A.8.15', reason: 'controlOwner' },
        areaName: 'scope line A.8.15',
        signature: { meaning: 'impartialityOverride' },
      },
    ]);
    const changed = await call(
      'saveAuditPlan',
      {
        auditId: value.id,
        expectedVersion: 1,
        plan: plan({ teamIds: [auditor, expert], teamRoles: { [expert]: 'technicalExpert' } }),
      },
      manager,
    );
    expect(changed.ok).toBe(true);
    expect(changed.value.assignments[1]).toMatchObject({
      ownership: [{ itemId: 'A.8.15', reason: 'controlOwner' }],
      blockingOwnership: [],
    });
  });

  it('keeps the owner of an ISMS process set in the programme settings off its clauses', async () => {
    const processOwners = [
      { process: 'Audit programme', clauseIds: ['9.2'], ownerId: ismsManager },
      { process: 'Management review', clauseIds: ['9.3'], ownerId: ismsManager },
    ];
    const saved = await call(
      'updateProgrammeSettings',
      { settings: { ...settings, processOwners }, expectedVersion: 1 },
      manager,
    );
    expect(saved.ok).toBe(true);
    expect(await create({ leadAuditorId: ismsManager })).toMatchObject({
      ok: false,
      error: {
        field: 'plan.leadAuditorId',
        message:
          "Impartiality: Grace Okafor runs Audit programme, which 9.2.1 examines and cannot audit it. Only a programme manager's signed override can allow it.",
      },
    });
    // The clauses of a process they do not run stay open to them.
    expect((await create({ leadAuditorId: ismsManager, itemIds: ['A.8.15'] })).ok).toBe(true);
    expect(
      await call(
        'updateProgrammeSettings',
        {
          settings: { ...settings, processOwners: [{ process: 'Risk', clauseIds: ['A.5.1'], ownerId: lead }] },
          expectedVersion: 2,
        },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { field: 'settings.processOwners.0.clauseIds.0' } });
  });
});
