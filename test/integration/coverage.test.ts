import type { KyselyPlugin } from 'kysely';
import { SqlTrailedStore } from '../../src/adapters/sql/trailedStore';
import { getCoverage } from '../../src/app/programme/coverage';
import type { AppServices } from '../../src/app/services';
import type { AuditRecord } from '../../src/domain/audits/auditPlan';
import type { CheckResult } from '../../src/domain/audits/auditState';
import { leafClauseIds } from '../../src/domain/audits/scope';
import { defaultStatementOfApplicability } from '../../src/domain/soa/soa';
import { dispatch } from '../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const lead = 'acct-lead';
const viewer = 'acct-viewer';
const auditee = 'acct-auditee';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const ALL_REQUIRED = leafClauseIds.length + 93;

interface SeedAudit {
  title: string;
  state: AuditRecord['state'];
  plannedStart: string;
  plannedEnd: string;
  itemIds: string[];
  results?: Record<string, CheckResult>;
  programmeId?: string;
}

/** An audit written straight to the store (the audit use cases are tested elsewhere). */
async function seedAudit(id: string, audit: SeedAudit) {
  const record: AuditRecord = {
    programmeId: audit.programmeId ?? 'cycle-2026-01-01',
    plan: {
      title: audit.title,
      areaIds: ['area_it'],
      itemIds: audit.itemIds,
      objectives: '',
      criteria: '',
      methods: '',
      resources: '',
      leadAuditorId: lead,
      teamIds: [],
      auditeeIds: [],
      plannedStart: audit.plannedStart,
      plannedEnd: audit.plannedEnd,
    },
    state: audit.state,
    reportedOn: audit.state === 'reporting' || audit.state === 'closed' ? audit.plannedEnd : null,
    checklist: Object.entries(audit.results ?? {}).map(([itemId, result]) => ({ itemId, result, note: '' })),
    origin: { kind: 'manual' },
    planPage: null,
  };
  const before = await services.store.get('audit', id);
  await services.store.apply({ entity: 'audit', id, before, after: record, actor: lead, at: services.clock.now() });
}

/** The SoA with these controls excluded, written straight to the store (the SoA use cases are tested elsewhere). */
async function excludeControls(...controlIds: string[]) {
  const soa = defaultStatementOfApplicability();
  const entries = soa.entries.map((entry) =>
    controlIds.includes(entry.controlId)
      ? { ...entry, applicable: false, justification: 'No such activity in the ISMS scope' }
      : entry,
  );
  const before = await services.store.get('statementOfApplicability', 'soa');
  await services.store.apply({
    entity: 'statementOfApplicability',
    id: 'soa',
    before,
    after: { entries },
    actor: manager,
    at: services.clock.now(),
  });
}

const itemOf = (view: { items: Array<{ itemId: string }> }, id: string) =>
  view.items.find((item) => item.itemId === id) as any;

beforeEach(async () => {
  ctx = await appServicesForTest({ [manager]: 'Aoife Brennan' });
  services = ctx.services;
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [lead]: ['leadAuditor'],
    [viewer]: ['viewer'],
    [auditee]: ['auditee'],
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

describe("a cycle's coverage", () => {
  it('[ISO9.2.2] with no audits every clause and applicable control is a gap, each with a warning', async () => {
    const view = (await call('getCoverage', {}, auditee)).value;
    expect(view).toMatchObject({
      programmeId: 'cycle-2026-01-01',
      cycle: { start: '2026-01-01', end: '2027-01-01' },
      asOf: { today: '2026-11-24', timeZone: 'Europe/Dublin' },
      summary: { total: ALL_REQUIRED, audited: 0, planned: 0, gap: ALL_REQUIRED, willBeMissed: ALL_REQUIRED },
    });
    expect(view.matrix.map((row: { row: string; total: number }) => [row.row, row.total])).toEqual([
      ['clauses', leafClauseIds.length],
      ['A.5', 37],
      ['A.6', 8],
      ['A.7', 14],
      ['A.8', 34],
    ]);
    expect(view.warnings).toHaveLength(ALL_REQUIRED);
    expect(view.warnings).toContain(
      'A.8.12 Data leakage prevention: no audit planned before the cycle ends on 2026-12-31 can cover it',
    );
    expect(view.titles['A.8.12']).toBe('Data leakage prevention');
    expect(Object.keys(view.titles)).toHaveLength(ALL_REQUIRED);
  });

  it('[ISO9.2.2] excluding a control in the SoA removes it from coverage at once', async () => {
    await excludeControls('A.8.12', 'A.7.5');
    const view = (await call('getCoverage', { cycleStart: '2026-01-01' }, viewer)).value;
    expect(view.summary.total).toBe(ALL_REQUIRED - 2);
    expect(itemOf(view, 'A.8.12')).toBeUndefined();
    expect(view.titles['A.8.12']).toBeUndefined();
    expect(view.warnings.some((w: string) => w.startsWith('A.8.12 '))).toBe(false);
    expect(view.matrix.find((row: { row: string }) => row.row === 'A.8')).toMatchObject({ total: 33 });

    // Bringing it back into scope brings it back as a gap.
    await excludeControls('A.7.5');
    expect(itemOf((await call('getCoverage', {}, viewer)).value, 'A.8.12')).toMatchObject({ status: 'gap' });
  });

  it('[ISO9.2.2] a completed audit moves the items it gave a result to audited; "not audited" lines stay gaps', async () => {
    await seedAudit('audit-it-1', {
      title: 'IT operations audit',
      state: 'inProgress',
      plannedStart: '2026-11-23',
      plannedEnd: '2026-11-27',
      itemIds: ['A.8.13', 'A.8.15', '9.2'],
      results: { 'A.8.13': 'conforming' },
    });
    let view = (await call('getCoverage', {}, viewer)).value;
    expect(itemOf(view, 'A.8.13')).toMatchObject({ status: 'planned', plannedIn: ['audit-it-1'], willBeMissed: false });
    expect(itemOf(view, '9.2.2')).toMatchObject({ status: 'planned' });

    await seedAudit('audit-it-1', {
      title: 'IT operations audit',
      state: 'reporting',
      plannedStart: '2026-11-23',
      plannedEnd: '2026-11-27',
      itemIds: ['A.8.13', 'A.8.15', '9.2'],
      results: { 'A.8.13': 'nonconformity', 'A.8.15': 'notAudited', '9.2.1': 'conforming', '9.2.2': 'observation' },
    });
    view = (await call('getCoverage', {}, viewer)).value;
    expect(itemOf(view, 'A.8.13')).toMatchObject({ status: 'audited', auditedIn: ['audit-it-1'], willBeMissed: false });
    expect(itemOf(view, '9.2.1')).toMatchObject({ status: 'audited' });
    expect(itemOf(view, 'A.8.15')).toMatchObject({ status: 'gap', willBeMissed: true });
    expect(view.summary).toMatchObject({ audited: 3, planned: 0, gap: ALL_REQUIRED - 3 });
    expect(view.summary.percentAudited).toBeCloseTo((3 / ALL_REQUIRED) * 100, 0);
    expect(view.matrix.find((row: { row: string }) => row.row === 'clauses')).toMatchObject({ audited: 2 });
    // Gaps come first, audited items last.
    expect(view.items.at(-1).status).toBe('audited');
    expect(view.items[0].status).toBe('gap');
  });

  it('[ISO9.2.2] items only in late audits are gaps, and items only in audits ending after the cycle will be missed', async () => {
    await seedAudit('audit-lab', {
      title: 'QC laboratory audit',
      state: 'inProgress',
      plannedStart: '2026-10-19',
      plannedEnd: '2026-10-30',
      itemIds: ['A.7.2'],
    });
    await seedAudit('audit-year-end', {
      title: 'Year-end access review',
      state: 'planned',
      plannedStart: '2026-12-21',
      plannedEnd: '2027-01-08',
      itemIds: ['A.5.15'],
    });
    await seedAudit('audit-december', {
      title: 'Supplier audit',
      state: 'planned',
      plannedStart: '2026-12-01',
      plannedEnd: '2026-12-04',
      itemIds: ['A.5.19'],
    });
    // An audit of the next cycle's programme does not count for this one.
    await seedAudit('audit-next', {
      title: 'Next cycle audit',
      state: 'planned',
      plannedStart: '2027-02-01',
      plannedEnd: '2027-02-05',
      itemIds: ['A.6.3'],
      programmeId: 'cycle-2027-01-01',
    });
    const view = (await call('getCoverage', {}, viewer)).value;
    expect(itemOf(view, 'A.7.2')).toMatchObject({ status: 'gap', lateIn: ['audit-lab'], willBeMissed: true });
    expect(itemOf(view, 'A.5.15')).toMatchObject({ status: 'planned', willBeMissed: true });
    expect(itemOf(view, 'A.5.19')).toMatchObject({ status: 'planned', willBeMissed: false });
    expect(itemOf(view, 'A.6.3')).toMatchObject({ status: 'gap', plannedIn: [] });
    expect(view.warnings).toContain(
      'A.7.2 Physical entry: no audit planned before the cycle ends on 2026-12-31 can cover it (late and not reported: "QC laboratory audit")',
    );
    const yearEnd = view.warnings.find((w: string) => w.startsWith('A.5.15 '));
    expect(yearEnd).toMatch(
      /A\.5\.15 .+: the audits planned for it \("Year-end access review"\) end after the cycle ends on 2026-12-31/,
    );
    // Gaps are warned about before planned items that will be missed.
    expect(view.warnings.at(-1)).toBe(yearEnd);
    expect(view.warnings.some((w: string) => w.startsWith('A.5.19 '))).toBe(false);

    // The next cycle sees its own audit only.
    const next = (await call('getCoverage', { cycleStart: '2027-01-01' }, viewer)).value;
    expect(itemOf(next, 'A.6.3')).toMatchObject({ status: 'planned', plannedIn: ['audit-next'] });
    expect(itemOf(next, 'A.7.2')).toMatchObject({ status: 'gap', lateIn: [] });
  });

  it('[ISO9.2.2] reads the store exactly three times, however many audits the cycle holds', async () => {
    let statements = 0;
    const counting: KyselyPlugin = {
      transformQuery: ({ node }) => {
        statements += 1;
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const store = new SqlTrailedStore(ctx.db.withPlugin(counting));
    const counted: AppServices = { ...services, store, trail: store };
    const measure = async () => {
      statements = 0;
      await getCoverage(counted, { accountId: manager }, {});
      return statements;
    };
    expect(await measure()).toBe(3);
    for (let i = 0; i < 30; i += 1) {
      await seedAudit(`audit-${i}`, {
        title: `Audit ${i}`,
        state: i % 2 === 0 ? 'closed' : 'planned',
        plannedStart: '2026-12-01',
        plannedEnd: '2026-12-04',
        itemIds: ['A.5.1', '4.1'],
        results: { 'A.5.1': 'conforming', '4.1': 'conforming' },
      });
    }
    await excludeControls('A.8.12');
    expect(await measure()).toBe(3);
  });

  it('[P11.10g] refuses a day that starts no cycle and a caller without an app role — changing nothing', async () => {
    const before = await trailLength();
    expect(await call('getCoverage', { cycleStart: '2026-06-01' }, viewer)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'cycleStart' },
    });
    expect(await call('getCoverage', { cycleStart: 'next year' }, viewer)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'cycleStart' },
    });
    expect(await call('getCoverage', {}, 'acct-stranger')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await trailLength()).toBe(before);
  });
});
