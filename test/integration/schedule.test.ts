import type { KyselyPlugin, PluginTransformQueryArgs } from 'kysely';
import { SqlTrailedStore } from '../../src/adapters/sql/trailedStore';
import { verifyTrailAndRecords } from '../../src/app/trail/verifyAuditTrail';
import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import type { AuditRecord } from '../../src/domain/audits/auditPlan';
import type { FindingRecord } from '../../src/domain/audits/finding';
import { appServicesForTest, grantRoles } from '../support/appServices';

const manager = 'acct-manager';
const lead = 'acct-lead';
const auditor = 'acct-auditor';
const viewer = 'acct-viewer';
const names = { [manager]: 'Aoife Brennan', [lead]: 'Rahul Mehta', 'acct-olu': 'Olu Adeyemi' };

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;
const at = () => services.clock.now();

/** Area ids by name, filled by `seedAreas`. */
let areaId: Record<string, string>;

const standardAreas = [
  { name: 'IT operations', likelihood: 4, impact: 5, itemIds: ['A.8.13', 'A.8.15', '9.2'] },
  { name: 'QC laboratory', likelihood: 3, impact: 3, itemIds: ['A.7.2', 'A.5.15'] },
  { name: 'Finance', likelihood: 2, impact: 2, itemIds: ['A.5.31'] },
];

async function seedAreas(areas: Array<{ name: string; likelihood: number; impact: number; itemIds: string[] }>) {
  for (const area of areas) {
    const saved = await call(
      'saveAuditableArea',
      { expectedVersion: 0, area: { ownerId: 'acct-olu', memberIds: [], ...area } },
      manager,
    );
    expect(saved.ok).toBe(true);
    areaId[area.name] = saved.value.id;
  }
}

const saveProgramme = (cycleStart: string, extra: Record<string, unknown> = {}) =>
  call(
    'saveAuditProgramme',
    {
      cycleStart,
      programme: { criteria: 'ISO/IEC 27001:2022 and the SoA', methods: 'Interviews and sampling', ...extra },
      expectedVersion: 0,
    },
    manager,
  );

/** An audit of a past programme written straight to the store (the audit use cases are tested elsewhere). */
async function seedAudit(id: string, programmeId: string, area: string, plannedStart: string, plannedEnd: string) {
  const record: AuditRecord = {
    programmeId,
    plan: {
      title: `${area} audit`,
      areaIds: [areaId[area]!],
      itemIds: ['A.7.2'],
      objectives: '',
      criteria: '',
      methods: '',
      resources: '',
      leadAuditorId: lead,
      teamIds: [],
      auditeeIds: [],
      plannedStart,
      plannedEnd,
    },
    state: 'closed',
    reportedOn: plannedEnd,
    checklist: [{ itemId: 'A.7.2', result: 'nonconformity', note: '' }],
    origin: { kind: 'manual' },
    planPage: null,
  };
  await services.store.apply({ entity: 'audit', id, before: null, after: record, actor: lead, at: at() });
}

async function seedFinding(id: string, auditId: string, area: string, grade: FindingRecord['content']['grade']) {
  const record: FindingRecord = {
    auditId,
    source: { kind: 'internalAudit' },
    content: {
      grade,
      itemId: 'A.7.2',
      areaId: areaId[area]!,
      requirement: 'Secure areas are protected by entry controls',
      evidence: 'The lab door was propped open during two visits',
      gap: 'Entry to the lab is not controlled',
    },
    raisedOn: '2026-03-10',
    raisedBy: lead,
    repeatOf: [],
  };
  await services.store.apply({ entity: 'finding', id, before: null, after: record, actor: lead, at: at() });
}

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await grantRoles(services, {
    [manager]: ['programmeManager'],
    [lead]: ['leadAuditor'],
    [auditor]: ['auditor'],
    [viewer]: ['viewer'],
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
  areaId = {};
  await seedAreas(standardAreas);
});
afterEach(() => ctx.close());

const summary = (p: {
  areaName: string;
  occurrence: number;
  occurrences: number;
  risk: string;
  plannedStart: string;
}) => `${p.areaName} ${p.occurrence}/${p.occurrences} ${p.risk} ${p.plannedStart}`;

describe('the risk-based schedule', () => {
  it('[ISO9.2.2] proposes audits by risk with the default policy before the programme is saved; nothing is written', async () => {
    const before = await trailLength();
    const proposed = await call('proposeSchedule', { cycleStart: '2027-01-01' }, lead);
    expect(proposed.value.cycle).toEqual({ start: '2027-01-01', end: '2028-01-01' });
    expect(proposed.value.proposals.map(summary).sort()).toEqual(
      [
        'IT operations 1/2 high 2027-01-01',
        'IT operations 2/2 high 2027-07-01',
        'QC laboratory 1/1 medium 2027-02-01',
        'Finance 1/1 low 2027-03-01',
      ].sort(),
    );
    const it1 = proposed.value.proposals.find((p: { areaName: string }) => p.areaName === 'IT operations');
    expect(it1).toMatchObject({
      areaId: areaId['IT operations'],
      plannedEnd: '2027-01-31',
      alreadyScheduled: false,
      reason: expect.stringContaining('High risk (likelihood 4 × impact 5 = 20)'),
    });
    expect(await trailLength()).toBe(before);
  });

  it('[ISO9.2.2] says beside the proposal which areas are short of the audits their risk requires', async () => {
    const short = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, lead)).value.requiredAudits;
    expect(
      short
        .map((l: { areaName: string; required: number; status: string }) => [l.areaName, l.required, l.status])
        .sort(),
    ).toEqual(
      [
        ['IT operations', 2, 'short'],
        ['QC laboratory', 1, 'short'],
        ['Finance', 1, 'short'],
      ].sort(),
    );
    await saveProgramme('2027-01-01');
    expect((await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager)).ok).toBe(true);
    const adopted = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, lead)).value.requiredAudits;
    expect(adopted.map((l: { status: string; warning: string | null }) => [l.status, l.warning])).toEqual(
      adopted.map(() => ['onTrack', null]),
    );
  });

  it("[ISO9.2.2] follows the saved programme's policy", async () => {
    await saveProgramme('2027-01-01', { frequencyPolicy: { intervalMonths: { high: 3, medium: 6, low: 12 } } });
    const proposals = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, manager)).value.proposals;
    const count = (name: string) => proposals.filter((p: { areaName: string }) => p.areaName === name).length;
    expect([count('IT operations'), count('QC laboratory'), count('Finance')]).toEqual([4, 2, 1]);
  });

  it('[ISO9.2.2] adopting creates one planned audit per proposal; adopting again creates nothing', async () => {
    await saveProgramme('2027-01-01');
    const before = await trailLength();
    const adopted = await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager);
    expect(adopted.ok).toBe(true);
    expect(adopted.value.alreadyScheduled).toBe(0);
    expect(adopted.value.created).toHaveLength(4);
    const itId = `audit-2027-01-01-${areaId['IT operations']}-2`;
    expect(adopted.value.created.find((a: { id: string }) => a.id === itId)).toEqual({
      id: itId,
      version: 1,
      title: 'IT operations audit 2 of 2',
      state: 'planned',
      areaIds: [areaId['IT operations']],
      areaNames: ['IT operations'],
      plannedStart: '2027-07-01',
      plannedEnd: '2027-07-31',
      leadAuditorId: null,
      leadAuditorName: null,
      late: false,
      daysLate: 0,
      findings: 0,
      planPage: null,
      report: null,
      origin: { kind: 'proposed', occurrence: 2, occurrences: 2, reason: expect.stringContaining('2 of 2') },
    });
    const stored = await services.store.get('audit', itId);
    expect(stored?.record).toMatchObject({
      programmeId: 'cycle-2027-01-01',
      state: 'planned',
      // One open line per item in scope, 9.2 standing for its sub-clauses, in catalogue order.
      checklist: ['9.2.1', '9.2.2', 'A.8.13', 'A.8.15'].map((itemId) => ({ itemId, result: null, note: '' })),
      plan: {
        itemIds: ['A.8.13', 'A.8.15', '9.2'],
        criteria: 'ISO/IEC 27001:2022 and the SoA',
        methods: 'Interviews and sampling',
        teamIds: [],
      },
    });
    expect(await trailLength()).toBe(before + 4);

    const again = await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager);
    expect(again.value).toEqual({ created: [], alreadyScheduled: 4 });
    expect(await trailLength()).toBe(before + 4);
    const proposals = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, lead)).value.proposals;
    expect(proposals.every((p: { alreadyScheduled: boolean }) => p.alreadyScheduled)).toBe(true);
  });

  it('[ISO9.2.2] an adoption that crashed halfway, between a trail entry and its row, is finished without duplicates', async () => {
    await saveProgramme('2027-01-01');
    // The function dies just before the second audit row is inserted: its trail entry is claimed.
    let auditInserts = 0;
    const crashBeforeSecondAuditRow: KyselyPlugin = {
      transformQuery: ({ node }: PluginTransformQueryArgs) => {
        if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'audits' && ++auditInserts === 2)
          throw new Error('simulated crash');
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const healthy = services;
    const crashing = new SqlTrailedStore(ctx.db.withPlugin(crashBeforeSecondAuditRow));
    services = { ...healthy, store: crashing, trail: crashing };
    await expect(call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager)).rejects.toThrow(
      'simulated crash',
    );
    services = healthy;
    expect(await services.store.listBy('audit', 'programmeId', 'cycle-2027-01-01')).toHaveLength(1);

    const resumed = (await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager)).value;
    expect(resumed.created).toHaveLength(2);
    expect(resumed.alreadyScheduled).toBe(2);
    const audits = await services.store.listBy('audit', 'programmeId', 'cycle-2027-01-01');
    expect(audits.map((a) => a.record.plan.title).sort()).toEqual([
      'Finance audit 1 of 1',
      'IT operations audit 1 of 2',
      'IT operations audit 2 of 2',
      'QC laboratory audit 1 of 1',
    ]);
    expect((await services.trail.entries({ entityType: 'audit', limit: 100 })).length).toBe(4);
    expect(await verifyTrailAndRecords(services.trail)).toMatchObject({ intact: true });
  });

  it('[ISO9.2.2] a removed proposed audit is not revived, and an edited one is left as the planner made it', async () => {
    await saveProgramme('2027-01-01');
    await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager);
    const removedId = `audit-2027-01-01-${areaId['Finance']}-1`;
    const removed = await services.store.get('audit', removedId);
    await services.store.apply({
      entity: 'audit',
      id: removedId,
      before: removed,
      after: null,
      actor: manager,
      at: at(),
    });
    const editedId = `audit-2027-01-01-${areaId['QC laboratory']}-1`;
    const edited = (await services.store.get('audit', editedId))!;
    await services.store.apply({
      entity: 'audit',
      id: editedId,
      before: edited,
      after: { ...edited.record, plan: { ...edited.record.plan, leadAuditorId: lead } },
      actor: manager,
      at: at(),
    });
    const before = await trailLength();
    expect((await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager)).value).toEqual({
      created: [],
      alreadyScheduled: 4,
    });
    expect(await services.store.get('audit', removedId)).toBeNull();
    expect((await services.store.get('audit', editedId))?.record.plan.leadAuditorId).toBe(lead);
    expect(await trailLength()).toBe(before);
  });

  it('[ISO9.2.2] a major nonconformity in the previous cycle raises the area one level; minor ones and older cycles do not', async () => {
    await seedAudit('audit-qc-2026', 'cycle-2026-01-01', 'QC laboratory', '2026-03-02', '2026-03-06');
    await seedFinding('finding-qc-major', 'audit-qc-2026', 'QC laboratory', 'majorNC');
    await seedAudit('audit-fin-2026', 'cycle-2026-01-01', 'Finance', '2026-04-06', '2026-04-08');
    await seedFinding('finding-fin-minor', 'audit-fin-2026', 'Finance', 'minorNC');
    // A major NC on Finance two cycles back no longer counts.
    await seedAudit('audit-fin-2025', 'cycle-2025-01-01', 'Finance', '2025-04-07', '2025-04-09');
    await seedFinding('finding-fin-old-major', 'audit-fin-2025', 'Finance', 'majorNC');

    const proposals = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, manager)).value.proposals;
    const qc = proposals.filter((p: { areaName: string }) => p.areaName === 'QC laboratory');
    expect(qc.map((p: { risk: string; occurrences: number }) => [p.risk, p.occurrences])).toEqual([
      ['high', 2],
      ['high', 2],
    ]);
    expect(qc[0].reason).toContain('raised to high after a major nonconformity in the last cycle');
    const finance = proposals.filter((p: { areaName: string }) => p.areaName === 'Finance');
    expect(finance.map((p: { risk: string }) => p.risk)).toEqual(['low']);

    // A policy that does not raise on major NCs keeps QC at medium.
    await saveProgramme('2027-01-01', { frequencyPolicy: { raiseOnMajorNc: false } });
    const unraised = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, manager)).value.proposals;
    expect(unraised.filter((p: { areaName: string }) => p.areaName === 'QC laboratory')).toMatchObject([
      { risk: 'medium', occurrences: 1 },
    ]);
  });

  it('[ISO9.2.2] an area carrying no clauses or controls is proposed with a note and skipped on adoption', async () => {
    await seedAreas([{ name: 'Warehouse', likelihood: 1, impact: 1, itemIds: [] }]);
    await saveProgramme('2027-01-01');
    const proposal = (await call('proposeSchedule', { cycleStart: '2027-01-01' }, manager)).value.proposals.find(
      (p: { areaName: string }) => p.areaName === 'Warehouse',
    );
    expect(proposal.reason).toContain('not adopted while the area carries no clauses or controls');
    const adopted = (await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager)).value;
    expect(adopted.created.map((a: { title: string }) => a.title).sort()).toEqual([
      'Finance audit 1 of 1',
      'IT operations audit 1 of 2',
      'IT operations audit 2 of 2',
      'QC laboratory audit 1 of 1',
    ]);
  });

  it('[ISO9.2.2] audits adopted into a running cycle whose window has passed show as late, counted in days', async () => {
    await saveProgramme('2026-01-01');
    const created = (await call('adoptProposedSchedule', { cycleStart: '2026-01-01' }, manager)).value.created;
    const first = created.find((a: { title: string }) => a.title === 'IT operations audit 1 of 2');
    // Planned end 2026-01-31, today 2026-11-24 in Dublin.
    expect(first).toMatchObject({ plannedEnd: '2026-01-31', late: true, daysLate: 297 });
    const second = created.find((a: { title: string }) => a.title === 'IT operations audit 2 of 2');
    expect(second).toMatchObject({ plannedEnd: '2026-07-31', late: true, daysLate: 116 });
  });

  it('[P11.10g] adopting needs the saved programme of a real cycle — changing nothing', async () => {
    const before = await trailLength();
    expect(await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'cycleStart', message: 'Save the programme of this cycle first' },
    });
    expect(await call('adoptProposedSchedule', { cycleStart: '2027-02-01' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'cycleStart' },
    });
    expect(await call('adoptProposedSchedule', {}, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'cycleStart' },
    });
    expect(await call('proposeSchedule', { cycleStart: '2027-13-01' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'cycleStart' },
    });
    expect(await trailLength()).toBe(before);
  });

  it('[P11.10d] auditors and viewers see no proposal; only a programme manager adopts — changing nothing', async () => {
    await saveProgramme('2027-01-01');
    const before = await trailLength();
    for (const who of [auditor, viewer, 'acct-stranger']) {
      expect(await call('proposeSchedule', {}, who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const who of [lead, auditor, viewer]) {
      expect(await call('adoptProposedSchedule', { cycleStart: '2027-01-01' }, who)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await trailLength()).toBe(before);
  });
});
