import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import type { AuditRecord } from '../../src/domain/audits/auditPlan';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const lead = 'acct-lead';
const otherLead = 'acct-lead-2';
const auditor = 'acct-auditor';
const newcomer = 'acct-newcomer';
const viewer = 'acct-viewer';
const names = {
  [manager]: 'Aoife Brennan',
  [lead]: 'Rahul Mehta',
  [otherLead]: 'Ines Duarte',
  [auditor]: 'Chen Wei',
  [newcomer]: 'Zoe Newman',
  [viewer]: 'Grace Okafor',
};

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

const leadAuditorCertificate = (expiresOn: string | null, issuedOn = '2024-01-10') => ({
  name: 'ISO 27001 Lead Auditor',
  issuedOn,
  expiresOn,
});
const competence = (extra: Record<string, unknown> = {}) => ({
  domains: ['9', 'A.8'],
  certificates: [leadAuditorCertificate('2027-01-10')],
  trainings: [{ name: 'Internal auditing under Part 11', completedOn: '2026-03-02' }],
  ...extra,
});

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [lead]: ['leadAuditor'],
    [otherLead]: ['leadAuditor'],
    [auditor]: ['auditor'],
    [newcomer]: ['auditor'],
    [viewer]: ['viewer'],
  });
});
afterEach(() => ctx.close());

/** Writes an audit straight into the store (the audit use cases are tested on their own). */
async function seedAudit(id: string, state: AuditRecord['state'], team: { lead: string; teamIds: string[] }) {
  const audit: AuditRecord = {
    programmeId: 'cycle-2026-01-01',
    plan: {
      title: `Audit ${id}`,
      areaIds: ['area_1'],
      itemIds: ['9.2', 'A.8.13'],
      objectives: '',
      criteria: '',
      methods: '',
      resources: '',
      leadAuditorId: team.lead,
      teamIds: team.teamIds,
      auditeeIds: [],
      plannedStart: '2026-10-01',
      plannedEnd: '2026-10-03',
    },
    state,
    reportedOn: state === 'reporting' || state === 'closed' ? '2026-10-05' : null,
    checklist: [],
    origin: { kind: 'manual' },
    planPage: null,
  };
  await services.store.apply({
    entity: 'audit',
    id,
    before: null,
    after: audit,
    actor: manager,
    at: services.clock.now(),
  });
}

const evaluation = (extra: Record<string, unknown> = {}) => ({
  accountId: auditor,
  auditId: 'audit_1',
  rating: 4,
  comment: 'Well-prepared interviews; sample sizes could be larger.',
  expectedVersion: 1,
  ...extra,
});

describe('auditor register', () => {
  it('[ISO7.2] [ISO9.2.2] records an auditor and warns 60 days before a certificate expires (programme-time-zone today)', async () => {
    const saved = await call(
      'saveAuditor',
      { accountId: auditor, expectedVersion: 0, competence: competence() },
      manager,
    );
    expect(saved.ok).toBe(true);
    expect(saved.value).toMatchObject({
      accountId: auditor,
      name: 'Chen Wei',
      version: 1,
      hasValidCertificate: true,
      expiringSoon: [{ certificate: 'ISO 27001 Lead Auditor', expiresOn: '2027-01-10', daysLeft: 47 }],
      warnings: ['ISO 27001 Lead Auditor expires on 2027-01-10 (47 days)'],
      lastEvaluation: null,
      auditor: {
        accountId: auditor,
        domains: ['9', 'A.8'],
        trainings: [{ name: 'Internal auditing under Part 11', completedOn: '2026-03-02', expiresOn: null }],
        evaluations: [],
      },
    });
    // 60 days ahead warns, 61 does not; a certificate without expiry never does.
    const edge = await call(
      'saveAuditor',
      {
        accountId: auditor,
        expectedVersion: 1,
        competence: competence({
          certificates: [leadAuditorCertificate('2027-01-23'), { ...leadAuditorCertificate(null), name: 'CISA' }],
        }),
      },
      manager,
    );
    expect(edge.value).toMatchObject({
      version: 2,
      warnings: ['ISO 27001 Lead Auditor expires on 2027-01-23 (60 days)'],
    });
    const later = await call(
      'saveAuditor',
      {
        accountId: auditor,
        expectedVersion: 2,
        competence: competence({ certificates: [leadAuditorCertificate('2027-01-24')] }),
      },
      manager,
    );
    expect(later.value).toMatchObject({ expiringSoon: [], warnings: [] });

    // 12:00 UTC on 24 November is already 25 November in Auckland: one day less.
    await call(
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
    ctx.clock.advanceMinutes(3 * 60);
    const [listed] = (await call('listAuditors', {}, viewer)).value.auditors.filter(
      (a: { accountId: string }) => a.accountId === auditor,
    );
    expect(listed.warnings).toEqual(['ISO 27001 Lead Auditor expires on 2027-01-24 (60 days)']);
  });

  it('[ISO7.2] says so when no certificate is valid today, and lists role holders missing from the register', async () => {
    await call(
      'saveAuditor',
      {
        accountId: auditor,
        expectedVersion: 0,
        competence: competence({ certificates: [leadAuditorCertificate('2026-10-01', '2023-10-01')] }),
      },
      manager,
    );
    await call('saveAuditor', { accountId: lead, expectedVersion: 0, competence: competence() }, manager);
    const { auditors } = (await call('listAuditors', {}, viewer)).value;
    expect(auditors.map((a: { name: string; version: number }) => [a.name, a.version])).toEqual([
      ['Chen Wei', 1],
      ['Ines Duarte', 0],
      ['Rahul Mehta', 1],
      ['Zoe Newman', 0],
    ]);
    expect(auditors[0]).toMatchObject({
      hasValidCertificate: false,
      expiringSoon: [],
      warnings: ['No valid certificate (ISO 27001 Lead Auditor expired on 2026-10-01)'],
    });
    expect(auditors[3]).toMatchObject({
      hasValidCertificate: false,
      auditor: { accountId: newcomer, domains: [], certificates: [], evaluations: [] },
      warnings: ['Not in the auditor register yet: record their competence', 'No valid certificate'],
    });
  });

  it('[P11.10g] refuses bad competence data, a stale version and anyone but a programme manager — changing nothing', async () => {
    await call('saveAuditor', { accountId: auditor, expectedVersion: 0, competence: competence() }, manager);
    const before = await trailLength();
    expect(
      await call(
        'saveAuditor',
        { accountId: auditor, expectedVersion: 1, competence: competence({ domains: ['Z.1'] }) },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'competence.domains.0' } });
    expect(
      await call(
        'saveAuditor',
        {
          accountId: auditor,
          expectedVersion: 1,
          competence: competence({ certificates: [leadAuditorCertificate('2023-01-01', '2024-01-01')] }),
        },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'competence.certificates.0.expiresOn' } });
    expect(
      await call('saveAuditor', { accountId: '', expectedVersion: 0, competence: competence() }, manager),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'accountId' } });
    expect(
      await call('saveAuditor', { accountId: newcomer, expectedVersion: 1, competence: competence() }, manager),
    ).toMatchObject({ ok: false, error: { code: 'conflict', field: 'expectedVersion' } });
    for (const who of [lead, auditor, viewer]) {
      expect(
        await call('saveAuditor', { accountId: newcomer, expectedVersion: 0, competence: competence() }, who),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await trailLength()).toBe(before);
  });

  it("[ISO7.2] the programme manager and the audit's lead evaluate team members of a reported audit; evaluations are kept on later saves", async () => {
    await call('saveAuditor', { accountId: auditor, expectedVersion: 0, competence: competence() }, manager);
    await seedAudit('audit_1', 'reporting', { lead, teamIds: [auditor] });
    await seedAudit('audit_2', 'closed', { lead: otherLead, teamIds: [auditor, lead] });

    const byManager = await call('recordAuditorEvaluation', evaluation(), manager);
    expect(byManager.ok).toBe(true);
    expect(byManager.value).toMatchObject({
      version: 2,
      lastEvaluation: { auditId: 'audit_1', evaluatedBy: manager, evaluatedOn: '2026-11-24', rating: 4 },
    });
    ctx.clock.advanceMinutes(24 * 60);
    const byLead = await call(
      'recordAuditorEvaluation',
      evaluation({ auditId: 'audit_2', rating: 5, comment: 'Clear findings.', expectedVersion: 2 }),
      otherLead,
    );
    expect(byLead.value.lastEvaluation).toMatchObject({
      auditId: 'audit_2',
      evaluatedBy: otherLead,
      evaluatedOn: '2026-11-25',
    });
    // The lead of one audit is evaluated on another audit by that audit's lead; no register entry yet creates one.
    const leadEvaluated = await call(
      'recordAuditorEvaluation',
      evaluation({ accountId: lead, auditId: 'audit_2', expectedVersion: 0 }),
      otherLead,
    );
    expect(leadEvaluated.value).toMatchObject({
      version: 1,
      auditor: { domains: [], evaluations: [{ auditId: 'audit_2' }] },
    });

    const resaved = await call(
      'saveAuditor',
      { accountId: auditor, expectedVersion: 3, competence: competence({ domains: ['A'] }) },
      manager,
    );
    expect(resaved.value.auditor.evaluations.map((e: { auditId: string }) => e.auditId)).toEqual([
      'audit_1',
      'audit_2',
    ]);
    const trail = await services.trail.entries({ entityType: 'auditor', entityId: auditor, limit: 10 });
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['create', manager],
      ['update', manager],
      ['update', otherLead],
      ['update', manager],
    ]);
  });

  it('[ISO7.2] [P11.10g] refuses an evaluation too early, of someone not on the audit, twice, by oneself or by another lead — changing nothing', async () => {
    await call('saveAuditor', { accountId: auditor, expectedVersion: 0, competence: competence() }, manager);
    await seedAudit('audit_1', 'reporting', { lead, teamIds: [auditor] });
    await seedAudit('audit_planned', 'inProgress', { lead, teamIds: [auditor] });
    await call('recordAuditorEvaluation', evaluation(), manager);
    const before = await trailLength();

    expect(
      await call('recordAuditorEvaluation', evaluation({ auditId: 'audit_planned', expectedVersion: 2 }), manager),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'auditId', message: expect.stringContaining('in progress') },
    });
    expect(
      await call('recordAuditorEvaluation', evaluation({ accountId: newcomer, expectedVersion: 0 }), manager),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'accountId' } });
    expect(await call('recordAuditorEvaluation', evaluation({ expectedVersion: 2 }), manager)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'auditId' },
    });
    expect(await call('recordAuditorEvaluation', evaluation({ expectedVersion: 1 }), lead)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect(await call('recordAuditorEvaluation', evaluation({ auditId: 'audit_none' }), manager)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call('recordAuditorEvaluation', evaluation({ rating: 6, expectedVersion: 2 }), lead)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'rating' },
    });
    expect(
      await call('recordAuditorEvaluation', evaluation({ accountId: lead, expectedVersion: 0 }), lead),
    ).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('their own work') } });
    expect(await call('recordAuditorEvaluation', evaluation({ expectedVersion: 2 }), otherLead)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    for (const who of [auditor, viewer]) {
      expect(await call('recordAuditorEvaluation', evaluation({ expectedVersion: 2 }), who)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await trailLength()).toBe(before);
  });
});
