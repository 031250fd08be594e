import { checkAdf } from '../../../sandbox/openapi/adf';
import type { AppServices } from '../../../src/app/services';
import { doc } from '../../../src/app/pages/adf';
import { macroAdf } from '../../../src/app/review/macros/exportMacro';
import { computeMacroData } from '../../../src/app/review/macros/macroData';
import type {
  CaAgeingView,
  KpiKey,
  KpiTile,
  KpiTilesView,
  MacroData,
  TrendChartView,
} from '../../../src/contract/review';
import { dispatch } from '../../../src/entry/dispatch';
import { requiredItems } from '../../../src/domain/audits/scope';
import { defaultStatementOfApplicability } from '../../../src/domain/soa/soa';
import { parseMacroConfig } from '../../../src/domain/review/macroConfig';
import type { EntityName } from '../../../src/ports/entities';
import { appServicesForTest, grantRoles } from '../../support/appServices';
import { fieldworkNames, fieldworkPeople, fieldworkRoles } from '../../support/fieldwork';
import { action, audit, finding, verification } from '../../unit/domain/review/kpis/kpiFixtures';

const { manager, viewer } = fieldworkPeople;

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who = viewer) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

async function put(entity: EntityName, item: { id: string; record: unknown }) {
  await services.store.apply({
    entity,
    id: item.id,
    before: null,
    after: item.record as never,
    actor: manager,
    at: services.clock.now(),
  });
}

const checked = (itemId: string) => ({ checklist: [{ itemId, result: 'conforming' as const, note: '' }] });

/**
 * A 2026 cycle in Dublin, today 24 November 2026 (the test clock):
 * audits  a1 ends 5 Mar, reported 5 Mar (on time, 9.2.2 audited); a2 ends 30 Jun, reported 3 Jul (late,
 *         A.8.13 audited); a3 ends 31 Oct, still in progress (late); a4 ends 10 Dec (not due)
 * NCs     f1 major 5 Mar, closed by CA1 on 4 Apr (30 days); f2 minor 1 Jul, CA2 due 1 Oct not implemented
 *         (54 days overdue); f4 minor 1 Aug, CA3 not effective 20 Aug then effective 31 Aug 23:30 UTC =
 *         1 Sep in Dublin (31 days); f3 observation 2 Jul repeating an older finding
 */
async function seedProgramme() {
  const settings = await call(
    'updateProgrammeSettings',
    {
      settings: {
        organisationName: 'Helix Biologics Ltd',
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
  for (const item of [
    audit(
      'a1',
      { plannedStart: '2026-03-02', plannedEnd: '2026-03-05', itemIds: ['9.2.2'] },
      'closed',
      '2026-03-05',
      checked('9.2.2'),
    ),
    audit(
      'a2',
      { plannedStart: '2026-06-22', plannedEnd: '2026-06-30', itemIds: ['A.8.13'] },
      'reporting',
      '2026-07-03',
      checked('A.8.13'),
    ),
    audit('a3', { plannedStart: '2026-10-26', plannedEnd: '2026-10-31' }, 'inProgress'),
    audit('a4', { plannedStart: '2026-12-07', plannedEnd: '2026-12-10' }, 'planned'),
  ]) {
    await put('audit', item);
  }
  for (const item of [
    finding('f1', 'majorNC', '2026-03-05'),
    finding('f2', 'minorNC', '2026-07-01'),
    finding('f3', 'observation', '2026-07-02', { repeatOf: ['f0'] }),
    finding('f4', 'minorNC', '2026-08-01'),
  ]) {
    await put('finding', item);
  }
  const ca1 = action('CA1', ['f1'], 'closed', {
    openedAt: '2026-03-06T09:00:00Z',
    closedAt: '2026-04-04T09:00:00Z',
    verificationIds: ['CA1:v1'],
  });
  const ca2 = action('CA2', ['f2'], 'implementation', { openedAt: '2026-07-02T09:00:00Z', dueDate: '2026-10-01' });
  const ca3 = action('CA3', ['f4'], 'closed', {
    openedAt: '2026-08-02T09:00:00Z',
    closedAt: '2026-08-31T23:30:00Z',
    verificationIds: ['CA3:v1', 'CA3:v2'],
    notEffectiveCount: 1,
  });
  for (const item of [ca1, ca2, ca3]) await put('correctiveAction', item);
  for (const item of [
    verification('CA1', 1, 'effective', '2026-04-04T09:00:00Z'),
    verification('CA3', 1, 'notEffective', '2026-08-20T09:00:00Z'),
    verification('CA3', 2, 'effective', '2026-08-31T23:30:00Z'),
  ]) {
    await put('caVerification', item);
  }
  // Outside figures through their resolver, as the programme manager records them.
  for (const [month, incidents, hours, training] of [
    ['2026-01', 2, 5, 90],
    ['2026-02', 0, null, 100],
  ] as const) {
    const saved = await call(
      'savePeriodFigures',
      {
        month,
        expectedVersion: 0,
        incidents,
        incidentHoursToResolve: hours,
        trainingCompletionPct: training,
      },
      manager,
    );
    expect(saved.ok).toBe(true);
  }
}

/** Counts the store reads of a computation and refuses any directory lookup (it would ask Jira). */
function counted(base: AppServices) {
  const reads: string[] = [];
  const store = new Proxy(base.store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (name !== 'apply') reads.push(`${String(name)}(${JSON.stringify(args[0])})`);
        return value.apply(target, args);
      };
    },
  });
  const directory = {
    displayName: async () => {
      throw new Error('a macro looked up a name (a Jira call)');
    },
    isSiteAdmin: async () => false,
  };
  return { services: { ...base, store, directory } as AppServices, reads };
}

const adfProblems = (data: MacroData) => checkAdf(doc(macroAdf(data)));

beforeEach(async () => {
  ctx = await appServicesForTest(fieldworkNames);
  services = ctx.services;
  await grantRoles(services, fieldworkRoles);
});
afterEach(() => ctx.close());

describe('the KPI tiles macro', () => {
  it('computes every KPI of the current cycle from the store, in one statement and no Jira call', async () => {
    await seedProgramme();
    const answer = await call('getMacroData', { macro: 'kpiTiles', config: {} });
    expect(answer.ok).toBe(true);
    const data = answer.value as MacroData;
    if (data.status !== 'ready') throw new Error(data.reason);
    const view = data.view as KpiTilesView;
    expect(view.period).toEqual({ from: '2026-01-01', to: '2026-12-31', source: 'cycle' });
    const tile = Object.fromEntries(view.tiles.map((t) => [t.key, t])) as Record<KpiKey, KpiTile>;
    expect(view.tiles.map((t) => t.key)).toEqual([
      'auditsOnSchedule',
      'coverage',
      'openNcsByGrade',
      'ncClosureTime',
      'overdueCas',
      'caEffectiveness',
      'repeatFindings',
      'incidents',
      'trainingCompletion',
    ]);
    // due: a1, a2, a3 (a4 ends 10 Dec); on time: a1 → 1 ÷ 3 = 33.3 %
    expect(tile.auditsOnSchedule).toMatchObject({ figure: 33.3, value: '33.3%', status: 'bad' });
    expect(tile.auditsOnSchedule.detail).toBe(
      '1 of 3 audits due reached reporting by their planned end; 1 more not due yet',
    );
    // 9.2.2 and A.8.13 audited, out of every leaf clause and every control (the default SoA)
    const required = requiredItems(defaultStatementOfApplicability()).length;
    expect(tile.coverage.figure).toBe(Math.round((2 / required) * 1000) / 10);
    expect(tile.coverage.breakdown[0]).toEqual({ label: 'audited', value: 2 });
    // open on 24 Nov: f2 (minor) → 0 major, 1 minor
    expect(tile.openNcsByGrade).toMatchObject({ figure: 1, status: 'warning' });
    expect(tile.openNcsByGrade.breakdown).toEqual([
      { label: 'major NC', value: 0 },
      { label: 'minor NC', value: 1 },
    ]);
    // closed in 2026: f1 30 days, f4 31 days (1 Aug → 1 Sep in Dublin) → median rank 1 = 30, p90 rank 2 = 31
    expect(tile.ncClosureTime).toMatchObject({ figure: 30, value: '30 days' });
    expect(tile.ncClosureTime.detail).toContain('90th percentile 31 days');
    // CA2: due 1 Oct → 24 Nov = 30 + 24 = 54 days overdue
    expect(tile.overdueCas).toMatchObject({ figure: 1, status: 'bad' });
    expect(tile.overdueCas.detail).toContain('the longest 54 days overdue');
    // first verifications: CA1 effective, CA3 not effective (closed later) → 1 ÷ 2 = 50 %
    expect(tile.caEffectiveness).toMatchObject({ figure: 50, value: '50%', status: 'bad' });
    // raised in 2026: f1 f2 f3 f4; f3 repeats
    expect(tile.repeatFindings).toMatchObject({ figure: 1, status: 'warning' });
    // January and February recorded (2 + 0 incidents; mean hours (2 × 5) ÷ 2 = 5); March–November missing
    expect(tile.incidents).toMatchObject({ figure: 2, source: 'missing' });
    expect(tile.incidents.detail).toContain(
      '2026-03, 2026-04, 2026-05, 2026-06, 2026-07, 2026-08, 2026-09, 2026-10 and 2026-11',
    );
    expect(tile.incidents.detail).toContain('mean 5 h to resolve');
    expect(tile.incidents.detail).toMatch(/programme manager records them/);
    // (90 + 100) ÷ 2 = 95 %
    expect(tile.trainingCompletion).toMatchObject({ figure: 95, source: 'missing', status: 'good' });

    const probe = counted(services);
    const again = await computeMacroData(probe.services, 'kpiTiles', {}, services.clock.now());
    expect(again).toEqual(data);
    expect(probe.reads).toEqual([
      'listMany(["programmeSettings","audit","finding","correctiveAction","caVerification","trackedIssue","periodFigures","statementOfApplicability"])',
    ]);
    expect(adfProblems(data)).toEqual([]);
  });

  it('shows "—" with the reason for a period with no data, and only the tiles the config asks for', async () => {
    await seedProgramme();
    const answer = await call('getMacroData', {
      macro: 'kpiTiles',
      config: { from: '2025-01-01', to: '2025-03-31', tiles: ['caEffectiveness', 'auditsOnSchedule', 'incidents'] },
    });
    const view = answer.value.view as KpiTilesView;
    expect(view.period).toEqual({ from: '2025-01-01', to: '2025-03-31', source: 'config' });
    expect(view.tiles.map((t) => [t.key, t.figure, t.value])).toEqual([
      ['caEffectiveness', null, '—'],
      ['auditsOnSchedule', null, '—'],
      ['incidents', null, '—'],
    ]);
    expect(view.tiles[0]!.detail).toBe(
      'No corrective action had its first signed verification between 2025-01-01 and 2025-03-31',
    );
    expect(view.tiles[1]!.detail).toBe('No audit planned to end between 2025-01-01 and 2025-03-31 is due yet');
    expect(view.tiles[2]).toMatchObject({ source: 'missing', status: 'neutral' });
    expect(view.tiles[2]!.detail).toContain('2025-01, 2025-02 and 2025-03 are not recorded');
    expect(adfProblems(answer.value)).toEqual([]);
  });

  it('works on a new installation with no settings and no records', async () => {
    const answer = await call('getMacroData', { macro: 'kpiTiles', config: {} });
    expect(answer.value.status).toBe('ready');
    const view = answer.value.view as KpiTilesView;
    expect(view.tiles.find((t) => t.key === 'openNcsByGrade')).toMatchObject({ figure: 0, status: 'good' });
    expect(adfProblems(answer.value)).toEqual([]);
    // the checker is live: an empty table is refused
    expect(checkAdf(doc([{ type: 'table', content: [] }]))).not.toEqual([]);
  });
});

describe('the trend chart and CA ageing macros', () => {
  it('draws findings and closure time per quarter of the cycle', async () => {
    await seedProgramme();
    const answer = await call('getMacroData', { macro: 'trendChart', config: {} });
    const view = answer.value.view as TrendChartView;
    expect(view.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(view.findingsByGrade.map((q) => [q.majorNC, q.minorNC, q.observation, q.opportunity])).toEqual([
      [1, 0, 0, 0], // f1
      [0, 0, 0, 0],
      [0, 2, 1, 0], // f2, f4; f3
      [0, 0, 0, 0],
    ]);
    expect(view.closureTime.map((q) => [q.closed, q.medianDays, q.p90Days])).toEqual([
      [0, null, null],
      [1, 30, 30], // f1 closed 4 Apr
      [1, 31, 31], // f4 closed 1 Sep (Dublin)
      [0, null, null],
    ]);
    expect(adfProblems(answer.value)).toEqual([]);
    const onlyFindings = await call('getMacroData', { macro: 'trendChart', config: { series: 'findingsByGrade' } });
    expect(onlyFindings.value.view.closureTime).toEqual([]);
    expect(adfProblems(onlyFindings.value)).toEqual([]);
  });

  it('ages the open actions by grade, overdue first, with no directory lookup', async () => {
    await seedProgramme();
    await put('finding', finding('f5', 'majorNC', '2026-11-01'));
    await put('correctiveAction', action('CA4', ['f5'], 'rootCause', { openedAt: '2026-11-02T09:00:00Z' }));
    const probe = counted(services);
    const data = await computeMacroData(probe.services, 'caAgeing', {}, services.clock.now());
    expect(probe.reads).toEqual(['listMany(["programmeSettings","finding","correctiveAction","trackedIssue"])']);
    if (data.status !== 'ready') throw new Error(data.reason);
    const view = data.view as CaAgeingView;
    expect(view.today).toBe('2026-11-24');
    // CA2 opened 2 Jul: 29 + 31 + 30 + 31 + 24 = 145 days, 54 overdue; CA4 opened 2 Nov: 22 days
    expect(view.items.map((i) => [i.correctiveActionId, i.grade, i.ageDays, i.daysOverdue, i.ownerName])).toEqual([
      ['CA2', 'minorNC', 145, 54, null],
      ['CA4', 'majorNC', 22, 0, null],
    ]);
    expect(view.grid).toEqual([
      { grade: 'majorNC', counts: [1, 0, 0, 0] },
      { grade: 'minorNC', counts: [0, 0, 0, 1] },
      { grade: 'other', counts: [0, 0, 0, 0] },
    ]);
    expect(adfProblems(data)).toEqual([]);

    const majors = await call('getMacroData', { macro: 'caAgeing', config: { grade: 'majorNC', buckets: '7, 30' } });
    expect(majors.value.view.buckets.map((b: { label: string }) => b.label)).toEqual([
      '0–7 days',
      '8–30 days',
      'over 30 days',
    ]);
    expect(majors.value.view.items.map((i: { correctiveActionId: string }) => i.correctiveActionId)).toEqual(['CA4']);
    const empty = await computeMacroData(
      services,
      'caAgeing',
      { grade: 'majorNC', buckets: '1' },
      new Date('2020-01-01'),
    );
    expect(adfProblems(empty)).toEqual([]);
  });
});

describe('the KPI series CSV', () => {
  it('has one row per month of the period, empty cells for months still to come', async () => {
    await seedProgramme();
    const answer = await call('exportReviewCsv', { register: 'kpiSeries' });
    expect(answer.ok).toBe(true);
    expect(answer.value.fileName).toBe('kpi-series-2026-01-01-to-2026-12-31.csv');
    const lines = (answer.value.content as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'month,audits due,audits on schedule,coverage % (cumulative),NCs raised,NCs closed,median closure days,overdue CAs at month end,incidents,training completion %',
    );
    expect(lines).toHaveLength(13);
    const required = requiredItems(defaultStatementOfApplicability()).length;
    const pct = (n: number) => String(Math.round((n / required) * 1000) / 10);
    // March: a1 due and on time, 9.2.2 audited; f1 raised
    expect(lines[3]).toBe(`2026-03,1,1,${pct(1)},1,0,,0,,`);
    // April: f1 closed (30 days)
    expect(lines[4]).toBe(`2026-04,0,0,${pct(1)},0,1,30,0,,`);
    // July: a2 reported 3 Jul → A.8.13 counts from July; f2 raised
    expect(lines[7]).toBe(`2026-07,0,0,${pct(2)},1,0,,0,,`);
    // October: CA2 (due 1 Oct) overdue at the month end; a3 ends 31 Oct unreported
    expect(lines[10]).toBe(`2026-10,1,0,${pct(2)},0,0,,1,,`);
    expect(lines[1]).toBe(`2026-01,0,0,0,0,0,,0,2,90`);
    expect(lines[12]).toBe('2026-12,,,,,,,,,');
  });
});

describe('config validation of the three macros', () => {
  const problems = (macro: 'kpiTiles' | 'caAgeing' | 'trendChart', config: unknown) => {
    const parsed = parseMacroConfig(macro, config);
    return parsed.ok ? [] : parsed.problems;
  };

  it('names the field and says what is wrong', () => {
    expect(problems('kpiTiles', {})).toEqual([]);
    expect(problems('kpiTiles', { from: '2026-01-01' })).toEqual([
      { field: 'to', message: 'Give both ends of the period, or neither for the current cycle' },
    ]);
    expect(problems('kpiTiles', { from: '2026-06-01', to: '2026-01-01' })).toEqual([
      { field: 'to', message: 'The period ends before it starts' },
    ]);
    expect(problems('kpiTiles', { tiles: [] })).toEqual([{ field: 'tiles', message: 'Choose at least one KPI' }]);
    expect(problems('kpiTiles', { tiles: ['coverage', 'happiness'] })).toEqual([
      { field: 'tiles.1', message: expect.stringContaining('auditsOnSchedule') },
    ]);
    expect(problems('kpiTiles', { colour: 'red' })).toEqual([
      { field: 'config', message: 'This macro has no setting "colour"' },
    ]);
    expect(problems('caAgeing', { buckets: '60,30' })).toEqual([
      { field: 'buckets', message: 'Bucket limits must be above 0 and rising, such as 30,60,90' },
    ]);
    expect(problems('caAgeing', { buckets: 'thirty' })).toEqual([
      { field: 'buckets', message: 'Bucket limits in days, separated by commas, such as 30,60,90' },
    ]);
    expect(problems('caAgeing', { grade: 'observation' })).toEqual([
      { field: 'grade', message: expect.stringContaining('majorNC') },
    ]);
    expect(problems('caAgeing', { grade: '', buckets: '' })).toEqual([]);
    expect(problems('trendChart', { series: 'pie' })).toEqual([
      { field: 'series', message: expect.stringContaining('findingsByGrade') },
    ]);
    expect(problems('trendChart', { from: '2026-02-30', to: '2026-03-01' })).toEqual([
      { field: 'from', message: 'Not a real calendar date' },
    ]);
  });

  it('shows a macro with a bad config as unavailable, naming the problems, and prints it as valid ADF', async () => {
    const answer = await call('getMacroData', { macro: 'caAgeing', config: { buckets: '0,10' } });
    expect(answer.value).toMatchObject({
      status: 'unavailable',
      problems: [{ field: 'buckets', message: 'Bucket limits must be above 0 and rising, such as 30,60,90' }],
    });
    expect(adfProblems(answer.value)).toEqual([]);
    // the checker is live: an empty table is refused
    expect(checkAdf(doc([{ type: 'table', content: [] }]))).not.toEqual([]);
  });
});
