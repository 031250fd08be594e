import fs from 'node:fs';
import path from 'node:path';
import { catalogue } from '../../src/domain/catalogue/catalogue';
import type { AuditRecord } from '../../src/domain/audits/auditPlan';
import type { CheckResult } from '../../src/domain/audits/auditState';
import { manager, auditor, viewer, services, call, trailLength, lines, useCsvFixture } from './csvImport.fixture';

useCsvFixture();

const header = 'id,title,requirement,guidance,group,iso';
const sopCsv = lines(
  header,
  '4.1,System inventory,Every computerised system is listed with its owner and GxP impact.,,4 Governance,A.5.9',
  '4.2,Audit trail review,Audit trails of GxP systems are reviewed monthly.,Ask for the last three reviews.,4 Governance,A.8.15',
  '5.1,Backup and restore,Data is backed up daily and a restore is tested each quarter.,,5 Operations,A.8.13',
);
const importSop = (change: Record<string, unknown> = {}) =>
  call(
    'importCriteriaSet',
    {
      setId: 'sop-cs',
      title: 'Computerised systems SOP',
      sourceNote: 'SOP-IT-014 rev. 3',
      csv: sopCsv,
      expectedVersion: 0,
      ...change,
    },
    manager,
  );

/** An audit written straight to the store (the audit use cases are tested elsewhere). */
async function seedAudit(id: string, state: AuditRecord['state'], results: Record<string, CheckResult>) {
  const record: AuditRecord = {
    programmeId: 'cycle-2026-01-01',
    plan: {
      title: `Audit ${id}`,
      areaIds: ['area_it'],
      itemIds: Object.keys(results),
      objectives: '',
      criteria: '',
      methods: '',
      resources: '',
      leadAuditorId: auditor,
      teamIds: [],
      auditeeIds: [],
      plannedStart: '2026-03-02',
      plannedEnd: '2026-03-06',
    },
    state,
    reportedOn: state === 'closed' ? '2026-03-06' : null,
    checklist: Object.entries(results).map(([itemId, result]) => ({ itemId, result, note: '' })),
    origin: { kind: 'manual' },
    planPage: null,
  };
  await services.store.apply({
    entity: 'audit',
    id,
    before: null,
    after: record,
    actor: auditor,
    at: services.clock.now(),
  });
}

describe('criteria sets through the resolvers', () => {
  it('[ISO9.2.2] imports a set from CSV, lists it beside the built-in ISO set and trails the import', async () => {
    const imported = await importSop();
    expect(imported.ok).toBe(true);
    expect(imported.value).toMatchObject({
      version: 1,
      updatedBy: manager,
      set: {
        id: 'sop-cs',
        title: 'Computerised systems SOP',
        sourceNote: 'SOP-IT-014 rev. 3',
        crossReferences: [
          { requirementId: '4.1', isoId: 'A.5.9' },
          { requirementId: '4.2', isoId: 'A.8.15' },
          { requirementId: '5.1', isoId: 'A.8.13' },
        ],
      },
    });
    expect(imported.value.set.requirements[1]).toEqual({
      id: '4.2',
      title: 'Audit trail review',
      text: 'Audit trails of GxP systems are reviewed monthly.',
      guidance: 'Ask for the last three reviews.',
      group: '4 Governance',
    });

    const listed = (await call('listCriteriaSets', {}, viewer)).value;
    expect(listed.sets.map((s: any) => [s.id, s.builtIn, s.requirementCount, s.crossReferenceCount])).toEqual([
      ['iso27001', true, catalogue.length, 0],
      ['sop-cs', false, 3, 3],
    ]);
    expect(listed.sets[0].title).toBe('ISO/IEC 27001:2022');
    expect(listed.isoAmendmentPoints.map((p: any) => [p.itemId, p.amendment])).toEqual([
      ['4.1', 'Amd 1:2024'],
      ['4.2', 'Amd 1:2024'],
    ]);
    const trail = await services.trail.entries({ entityType: 'criteriaSet', limit: 10 });
    expect(trail.map((e) => [e.action, e.entityId, e.actor])).toEqual([['create', 'sop-cs', manager]]);
  });

  it('refuses a faulty file line by line and imports nothing', async () => {
    const before = await trailLength();
    const refused = await importSop({
      csv: lines(header, '4.1,Inventory,Listed.,,,A.5.9', '4.2,,Reviewed.,,,A.9.99', '4.1,Again,Text.,,,'),
    });
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.message).toBe('3 problems; nothing was imported');
    expect(refused.error.problems).toEqual([
      { line: 3, column: 'title', message: 'Enter the requirement title' },
      { line: 3, column: 'iso', message: 'A.9.99: Not an ISO/IEC 27001:2022 clause or Annex A control (e.g. A.8.15)' },
      { line: 4, column: 'id', message: 'Requirement 4.1 is already on line 2: each id appears once' },
    ]);
    expect(await trailLength()).toBe(before);
    expect((await call('getCriteriaSet', { setId: 'sop-cs' }, viewer)).error.code).toBe('not_found');
  });

  it('changes a set by hand only with a reason and the version read, keeping every version in the trail', async () => {
    const first = (await importSop()).value;
    const edited = {
      ...first.set,
      requirements: [...first.set.requirements, { id: '6.1', title: 'Access review', text: 'Access is reviewed.' }],
    };
    const noReason = await call('saveCriteriaSet', { set: edited, expectedVersion: 1 }, manager);
    expect(noReason.error).toMatchObject({ code: 'invalid_input', field: 'reason' });
    const stale = await call('saveCriteriaSet', { set: edited, expectedVersion: 0, reason: 'Rev. 4' }, manager);
    expect(stale.error).toMatchObject({ code: 'conflict', field: 'expectedVersion' });

    const saved = await call(
      'saveCriteriaSet',
      { set: edited, expectedVersion: 1, reason: 'SOP rev. 4 adds 6.1' },
      manager,
    );
    expect(saved.value).toMatchObject({ version: 2 });
    expect(saved.value.set.requirements.map((r: { id: string }) => r.id)).toEqual(['4.1', '4.2', '5.1', '6.1']);
    const trail = await services.trail.entries({ entityType: 'criteriaSet', limit: 10 });
    expect(trail.map((e) => [e.action, e.reason]).sort()).toEqual([
      ['create', null],
      ['update', 'SOP rev. 4 adds 6.1'],
    ]);
  });

  it('refuses a set that names the built-in ISO id or an unknown control, saying which field', async () => {
    const iso = await call(
      'saveCriteriaSet',
      {
        set: { id: 'iso27001', title: 'Mine', requirements: [{ id: '1', title: 'T', text: 'X' }] },
        expectedVersion: 0,
      },
      manager,
    );
    expect(iso.error).toMatchObject({ code: 'invalid_input', field: 'set.id' });
    const control = await call(
      'saveCriteriaSet',
      {
        set: {
          id: 'gdpr',
          title: 'GDPR',
          requirements: [{ id: 'Art. 32', title: 'Security of processing', text: 'Summary.' }],
          crossReferences: [{ requirementId: 'Art. 32', isoId: 'A.8.99' }],
        },
        expectedVersion: 0,
      },
      manager,
    );
    expect(control.error).toMatchObject({ code: 'invalid_input', field: 'set.crossReferences.0.isoId' });
  });

  it('lets only a programme manager define sets; anyone with a role may read them', async () => {
    expect(
      (await call('importCriteriaSet', { setId: 'sop-cs', title: 'SOP', csv: sopCsv, expectedVersion: 0 }, auditor))
        .error.code,
    ).toBe('forbidden');
    expect((await call('listCriteriaSets', {}, 'acct-nobody')).error.code).toBe('forbidden');
    expect((await call('listCriteriaSets', {}, auditor)).ok).toBe(true);
  });

  it('[ISO9.2.2] counts a line citing an Annex A control for the SOP section cross-referenced to it', async () => {
    await importSop();
    await seedAudit('it-ops', 'closed', { 'A.8.15': 'nonconformity', 'A.8.13': 'notAudited' });
    const view = (await call('getCriteriaCoverage', { setId: 'sop-cs', cycleStart: '2026-01-01' }, viewer)).value;
    expect(view).toMatchObject({
      setId: 'sop-cs',
      title: 'Computerised systems SOP',
      cycle: { start: '2026-01-01', end: '2027-01-01' },
      summary: { total: 3, audited: 1, planned: 0, gap: 2 },
      groups: [
        { group: '4 Governance', total: 2, audited: 1, planned: 0, gap: 1 },
        { group: '5 Operations', total: 1, audited: 0, planned: 0, gap: 1 },
      ],
    });
    expect(view.items.find((i: { requirementId: string }) => i.requirementId === '4.2').auditedIn).toEqual(['it-ops']);
    // The ISO view is the one it always was.
    const iso = (await call('getCoverage', { cycleStart: '2026-01-01' }, viewer)).value;
    expect(iso.items.find((i: { itemId: string }) => i.itemId === 'A.8.15').status).toBe('audited');
  });

  it("imports the demo's computerised-systems SOP file as the demo seed does", async () => {
    const csv = fs.readFileSync(path.join(__dirname, '../../sandbox/demo/computerisedSystemsSop.csv'), 'utf8');
    const imported = await call(
      'importCriteriaSet',
      { setId: 'sop-cs', title: 'Computerised systems SOP', csv, expectedVersion: 0 },
      manager,
    );
    expect(imported.ok).toBe(true);
    expect(imported.value.set.requirements.map((r: { id: string }) => r.id)).toEqual([
      '4.1',
      '4.2',
      '4.3',
      '5.1',
      '5.2',
      '5.3',
    ]);
    expect(imported.value.set.crossReferences).toContainEqual({ requirementId: '4.2', isoId: 'A.8.15' });
  });
});
