import type { AppServices } from '../../../src/app/services';
import type { ObjectivesAndTargetsView } from '../../../src/contract/objectives';
import type { KpiTilesView, MacroData, ReviewInputView } from '../../../src/contract/review';
import { appServicesForTest, type MemorySnapshots } from '../../support/appServices';
import { caller, lead, manager, names, seedReviewWorld, viewer } from './reviewWorld';

/**
 * The organisation's KPI targets and information-security objectives through the resolvers: who may
 * set them, what a bad or stale request leaves (nothing), how the tiles read them without touching
 * their held figures, and how 9.3.2 d reports the objectives' fulfilment.
 */

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = caller(() => services);

async function value<T>(answer: ReturnType<typeof call>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message} (${settled.error.field ?? ''})`);
  return settled.value as T;
}

const read = () => value<ObjectivesAndTargetsView>(call('getObjectivesAndTargets', {}, viewer));

async function tiles(): Promise<KpiTilesView> {
  const data = await value<MacroData>(
    call(
      'getMacroData',
      { macro: 'kpiTiles', config: { tiles: ['overdueCas', 'openNcsByGrade', 'repeatFindings'] } },
      viewer,
    ),
  );
  if (data.status !== 'ready') throw new Error(data.reason);
  return data.view as KpiTilesView;
}

const targets = [
  { kpi: 'overdueCas', direction: 'atMost', target: 0, tolerance: 0 },
  { kpi: 'openNcsByGrade', direction: 'atLeast', target: 1, tolerance: 1 },
];

const kpiObjective = {
  title: 'No corrective action past its due date',
  measure: { kind: 'kpi', kpi: 'overdueCas', level: { direction: 'atMost', target: 0, tolerance: 0 } },
  ownerId: lead,
  dueDate: '2026-12-31',
  status: 'inProgress',
};
const enteredObjective = {
  title: 'Phishing awareness across the plant',
  measure: { kind: 'entered', description: 'Click rate in the quarterly phishing test', target: 'under 5%' },
  ownerId: manager,
  dueDate: '2026-09-30',
  status: 'planned',
};

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await seedReviewWorld(services);
});
afterEach(async () => {
  await ctx.close();
});

describe('KPI targets', () => {
  it('are none at first: every tile says "No target set", and the app’s bands are only a suggestion', async () => {
    const view = await read();
    expect(view).toMatchObject({ targets: { targets: [] }, targetsStamp: { version: 0, updatedByName: null } });
    expect(view.suggestedTargets.targets.length).toBeGreaterThan(0);
    expect((await tiles()).tiles.map((t) => t.target)).toEqual([
      { state: 'noTarget', words: 'No target set', level: null },
      { state: 'noTarget', words: 'No target set', level: null },
      { state: 'noTarget', words: 'No target set', level: null },
    ]);
  }, 60_000);

  it('set by the programme manager decide on, within or off target, and print in the tiles’ table', async () => {
    const saved = await value<ObjectivesAndTargetsView>(
      call('saveKpiTargets', { targets, expectedVersion: 0, reason: 'Targets agreed at the Q3 review' }, manager),
    );
    expect(saved.targetsStamp).toMatchObject({ version: 1, updatedBy: manager, updatedByName: 'Aoife Brennan' });
    const shown = await tiles();
    expect(shown.tiles.map((t) => [t.key, t.figure, t.target.state, t.target.words])).toEqual([
      ['overdueCas', 0, 'onTarget', 'On target: at most 0'],
      ['openNcsByGrade', 0, 'withinTolerance', 'Within tolerance: at least 1 (tolerance 1)'],
      ['repeatFindings', 0, 'noTarget', 'No target set'],
    ]);
    const trail = await value<{ entries: Array<{ entityType: string; reason: string | null }> }>(
      call('listAuditTrail', { entityType: 'kpiTargets' }, manager),
    );
    expect(trail.entries).toMatchObject([{ entityType: 'kpiTargets', reason: 'Targets agreed at the Q3 review' }]);
  }, 60_000);

  it('are refused to anyone but the programme manager, when malformed or stale, and nothing changes', async () => {
    expect(await call('saveKpiTargets', { targets, expectedVersion: 0 }, lead)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const over = await call(
      'saveKpiTargets',
      { targets: [{ kpi: 'caEffectiveness', direction: 'atLeast', target: 120 }], expectedVersion: 0 },
      manager,
    );
    expect(over).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(over)).toContain('A percentage target is at most 100');
    const twice = await call('saveKpiTargets', { targets: [targets[0], targets[0]], expectedVersion: 0 }, manager);
    expect(JSON.stringify(twice)).toContain('A KPI has two targets');
    expect((await read()).targetsStamp.version).toBe(0);
    await value(call('saveKpiTargets', { targets, expectedVersion: 0 }, manager));
    expect(await call('saveKpiTargets', { targets: [], expectedVersion: 0 }, manager)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect((await read()).targets.targets).toHaveLength(2);
  }, 60_000);

  it('apply when shown: a changed target shows at once, and the held figures are not computed again', async () => {
    await tiles();
    const snapshots = services.snapshots as MemorySnapshots;
    const parts = () => [...snapshots.values.entries()].filter(([key]) => key.startsWith('review-part:kpiStoreTiles:'));
    const before = JSON.stringify(parts());
    expect(parts()).toHaveLength(1);
    await value(call('saveKpiTargets', { targets, expectedVersion: 0 }, manager));
    const listMany = jest.spyOn(services.store, 'listMany');
    const shown = await tiles();
    expect(shown.tiles[0]!.target.state).toBe('onTarget');
    // The small read only (settings, month figures, targets): the held part was taken as it was.
    expect(listMany).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(parts())).toBe(before);
    expect(before).not.toContain('target');
  }, 60_000);
});

describe('information-security objectives (6.2)', () => {
  it('are added and changed by the programme manager, versioned, with the owner’s name taken at entry', async () => {
    const added = await value<ObjectivesAndTargetsView>(
      call('saveSecurityObjective', { objective: kpiObjective, expectedVersion: 0 }, manager),
    );
    expect(added.objectives).toHaveLength(1);
    const [first] = added.objectives;
    expect(first).toMatchObject({ version: 1, objective: { ...kpiObjective, ownerName: 'Rahul Mehta' } });
    const changed = await value<ObjectivesAndTargetsView>(
      call(
        'saveSecurityObjective',
        {
          objectiveId: first!.id,
          objective: { ...kpiObjective, status: 'achieved' },
          expectedVersion: 1,
          reason: 'Met',
        },
        manager,
      ),
    );
    expect(changed.objectives).toMatchObject([{ id: first!.id, version: 2, objective: { status: 'achieved' } }]);
    expect(
      await call(
        'saveSecurityObjective',
        { objectiveId: first!.id, objective: kpiObjective, expectedVersion: 1 },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      await call(
        'saveSecurityObjective',
        { objectiveId: 'objective-gone', objective: kpiObjective, expectedVersion: 0 },
        manager,
      ),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);

  it('are refused when incomplete, naming the field, or to anyone but the programme manager', async () => {
    const noMeasure = await call(
      'saveSecurityObjective',
      {
        objective: { ...enteredObjective, measure: { kind: 'entered', description: '', target: 'under 5%' } },
        expectedVersion: 0,
      },
      manager,
    );
    expect(noMeasure).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(noMeasure)).toContain('Say how the objective is measured');
    expect(
      await call('saveSecurityObjective', { objective: enteredObjective, expectedVersion: 0 }, viewer),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await read()).objectives).toEqual([]);
  }, 60_000);

  it('feed 9.3.2 d: computed from the KPI where one measures them, entered where not', async () => {
    const performance = async () => {
      const data = await value<MacroData>(
        call('getMacroData', { macro: 'performance', config: { from: '2026-01-01', to: '2026-12-31' } }, viewer),
      );
      if (data.status !== 'ready') throw new Error(data.reason);
      return (data.view as ReviewInputView).sections.at(-1)!;
    };
    expect((await performance()).paragraphs[0]).toBe('No information security objective is recorded.');
    await value(call('saveSecurityObjective', { objective: kpiObjective, expectedVersion: 0 }, manager));
    await value(
      call(
        'saveSecurityObjective',
        {
          objective: { ...enteredObjective, measure: { ...enteredObjective.measure, result: '3.1% in Q3' } },
          expectedVersion: 0,
        },
        manager,
      ),
    );
    const objectives = await performance();
    expect(objectives.heading).toBe('Fulfilment of information security objectives (6.2)');
    expect(objectives.table!.rows).toEqual([
      [
        'Phishing awareness across the plant',
        'Click rate in the quarterly phishing test',
        'under 5%',
        'Aoife Brennan',
        '2026-09-30',
        'Planned',
        '3.1% in Q3 (entered)',
      ],
      [
        'No corrective action past its due date',
        'Overdue corrective actions',
        'at most 0',
        'Rahul Mehta',
        '2026-12-31',
        'In progress',
        'On target: 0 in the period (computed)',
      ],
    ]);
  }, 60_000);
});
