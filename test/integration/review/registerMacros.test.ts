import { doc } from '../../../src/app/pages/adf';
import { exportMacro, macroAdf } from '../../../src/app/review/macros/exportMacro';
import { computeMacroData } from '../../../src/app/review/macros/macroData';
import type { AppServices } from '../../../src/app/services';
import type {
  CoverageHeatMapView,
  FindingRegisterView,
  MacroData,
  MacroKind,
  ProgrammeScheduleView,
} from '../../../src/contract/review';
import { dispatch } from '../../../src/entry/dispatch';
import { checkAdf } from '../../../sandbox/openapi/adf';
import { appServicesForTest, grantRoles, type TestClock } from '../../support/appServices';
import { countingReads, people, put, seedProgramme, settingsIn } from './registerFixture';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let clock: TestClock;

const call = (name: string, payload: unknown, who = people.viewer) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

async function macro<V>(kind: MacroKind, config: Record<string, unknown> = {}): Promise<V> {
  const result = await call('getMacroData', { macro: kind, config });
  expect(result).toMatchObject({ ok: true, value: { status: 'ready', macro: kind } });
  return result.value.view as V;
}

beforeEach(async () => {
  ctx = await appServicesForTest();
  services = ctx.services;
  clock = ctx.clock;
  await grantRoles(services, { [people.manager]: ['programmeManager'], [people.viewer]: ['viewer'] });
  await seedProgramme(services);
});
afterEach(() => ctx.close());

describe('the finding register macro', () => {
  it('lists the cycle’s findings, overdue first, with Jira’s mirrored status or the app’s words', async () => {
    const view = await macro<FindingRegisterView>('findingRegister');
    expect(view.period).toEqual({ from: '2026-01-01', to: '2026-12-31', source: 'cycle' });
    expect(view.total).toBe(4);
    expect(view.rows.map((row) => [row.findingId, row.status, row.issueKey, row.dueDate, row.open])).toEqual([
      ['f-major', 'Action planned', 'NC-1', '2026-11-24', true],
      ['f-minor', 'Closed', 'NC-2', '2026-06-01', false],
      ['f-failed', 'Raise failed', null, '2026-12-31', true],
      ['f-obs', 'Not raised', null, null, true],
    ]);
    expect(view.rows[0]).toMatchObject({
      auditTitle: 'Backup and logging audit',
      areaName: 'IT operations',
      itemTitle: 'Information backup',
      issueUrl: '/browse/NC-1',
    });
  });

  it('counts a finding overdue from the first minute of the next day in the programme’s time zone', async () => {
    // 09:00 UTC on 24 November is 22:00 in Auckland: due today, not overdue yet.
    let view = await macro<FindingRegisterView>('findingRegister', { overdueOnly: 'true' });
    expect(view.rows).toEqual([]);
    clock.advanceMinutes(150); // 11:30 UTC: 00:30 on 25 November in Auckland
    view = await macro<FindingRegisterView>('findingRegister', { overdueOnly: 'true' });
    expect(view.rows.map((row) => [row.findingId, row.overdue, row.daysOverdue])).toEqual([['f-major', true, 1]]);
    // The same instant in a programme kept on UTC is still 24 November.
    const stored = await services.store.get('programmeSettings', 'programme');
    await services.store.apply({
      entity: 'programmeSettings',
      id: 'programme',
      before: stored,
      after: settingsIn('UTC'),
      actor: people.manager,
      at: clock.now(),
    });
    expect((await macro<FindingRegisterView>('findingRegister', { overdueOnly: 'true' })).rows).toEqual([]);
  });

  it('applies the config panel’s filters and limit, and its own period', async () => {
    const ids = async (config: Record<string, unknown>) =>
      (await macro<FindingRegisterView>('findingRegister', config)).rows.map((row) => row.findingId);
    expect(await ids({ auditId: 'au-hr' })).toEqual(['f-failed', 'f-obs']);
    expect(await ids({ areaId: 'ar-it', status: 'open' })).toEqual(['f-major']);
    expect(await ids({ status: 'closed' })).toEqual(['f-minor']);
    expect(await ids({ grade: 'minorNC' })).toEqual(['f-minor', 'f-failed']);
    expect(await ids({ itemId: '9.2' })).toEqual(['f-minor']);
    expect(await ids({ from: '2025-01-01', to: '2025-12-31' })).toEqual(['f-old']);
    const limited = await macro<FindingRegisterView>('findingRegister', { limit: '2' });
    expect([limited.rows.length, limited.total]).toEqual([2, 4]);
  });

  it('explains a config it cannot use, naming each field, and writes nothing', async () => {
    const before = (await services.trail.entries({ limit: 10_000 })).length;
    const result = await call('getMacroData', {
      macro: 'findingRegister',
      config: { limit: '0', grade: 'critical' },
    });
    expect(result.value).toMatchObject({ status: 'unavailable', macro: 'findingRegister' });
    expect(result.value.problems.map((p: { field: string }) => p.field).sort()).toEqual(['grade', 'limit']);
    expect((await services.trail.entries({ limit: 10_000 })).length).toBe(before);
  });
});

describe('the coverage heat-map macro', () => {
  it('shows each clause group and theme by month: audited when reported, planned, gaps in the months left', async () => {
    const view = await macro<CoverageHeatMapView>('coverageHeatMap');
    expect(view.cycle).toEqual({ start: '2026-01-01', end: '2027-01-01' });
    expect(view.months).toHaveLength(12);
    const row = (id: string) => view.rows.find((r) => r.id === id)!;
    const month = (label: string) => view.months.indexOf(label);
    expect(row('9').cells[month('2026-03')]).toBe('audited');
    expect(row('A.8').cells[month('2026-03')]).toBe('audited');
    expect(row('A.6').cells[month('2026-10')]).toBe('audited');
    expect(row('A.6')).toMatchObject({ state: 'gap', detail: '1 of 8 controls audited, 7 not covered' });
    expect(row('4').cells.slice(month('2026-11'))).toEqual(['gap', 'planned']);
    // The late supplier audit does not count: A.5 shows only its gap.
    expect(row('A.5').cells.filter((cell) => cell !== 'none')).toEqual(['gap', 'gap']);
    expect(view.totals).toEqual({ audited: 0, planned: 0, gap: 11 });
    expect((await macro<CoverageHeatMapView>('coverageHeatMap', { rows: 'themes' })).rows).toHaveLength(4);
  });

  it('explains a cycle start that is not one, and a cycle without a programme', async () => {
    const notStart = await call('getMacroData', { macro: 'coverageHeatMap', config: { cycleStart: '2026-02-01' } });
    expect(notStart.value).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('2026-02-01 is not the first day of an audit cycle'),
    });
    const noProgramme = await call('getMacroData', { macro: 'coverageHeatMap', config: { cycleStart: '2024-01-01' } });
    expect(noProgramme.value).toMatchObject({
      status: 'unavailable',
      reason: 'There is no audit programme for the cycle 2024-01-01 to 2024-12-31',
    });
  });
});

describe('the programme schedule macro', () => {
  it('shows the cycle’s audits as done, late and planned; a cancelled audit leaves the timeline', async () => {
    const audit = await services.store.get('audit', 'au-cancel');
    const cancelled = await call(
      'cancelAudit',
      { auditId: 'au-cancel', expectedVersion: audit!.version, reason: 'Site closed; covered by the IT audit' },
      people.manager,
    );
    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    const view = await macro<ProgrammeScheduleView>('programmeSchedule');
    expect(view.today).toBe('2026-11-24');
    expect(view.audits.map((bar) => [bar.auditId, bar.status, bar.note])).toEqual([
      ['au-backup', 'done', 'Done (closed; reported on 2026-03-09, 3 days after its planned end 2026-03-06)'],
      ['au-hr', 'done', 'Done (reported on 2026-10-12, 3 days after its planned end 2026-10-09)'],
      ['au-late', 'late', 'Planned to end 2026-11-06, still in progress (18 days late)'],
      ['au-next', 'planned', 'Planned 2026-12-07 to 2026-12-11, starts in 13 days'],
    ]);
    const last = await macro<ProgrammeScheduleView>('programmeSchedule', { cycleStart: '2025-01-01' });
    expect(last.audits.map((bar) => [bar.auditId, bar.status])).toEqual([['au-old', 'done']]);
  });
});

describe('every register macro', () => {
  const kinds: MacroKind[] = ['findingRegister', 'coverageHeatMap', 'programmeSchedule'];

  it.each(kinds)('%s reads the store once, and never Jira nor the directory', async (kind) => {
    const counted = countingReads(services);
    const data = await computeMacroData(counted.services, kind, {}, clock.now());
    expect(data.status).toBe('ready');
    expect(counted.reads()).toBe(1);
  });

  it.each(kinds)('%s prints as valid ADF, its figures as a table', async (kind) => {
    const data: MacroData = await computeMacroData(services, kind, {}, clock.now());
    const printed = doc(macroAdf(data));
    expect(checkAdf(printed)).toEqual([]);
    expect(printed.content.some((node) => node.type === 'table')).toBe(true);
  });

  it('prints an empty register and an unavailable macro as valid ADF too', async () => {
    const empty = await computeMacroData(services, 'findingRegister', { auditId: 'none' }, clock.now());
    expect(checkAdf(doc(macroAdf(empty)))).toEqual([]);
    const refused = await computeMacroData(services, 'coverageHeatMap', { cycleStart: '2026-02-01' }, clock.now());
    expect(checkAdf(doc(macroAdf(refused)))).toEqual([]);
  });

  it('exports what the reader just saw with one snapshot read (and the exporter’s roles)', async () => {
    await call('getMacroData', { macro: 'coverageHeatMap', config: { rows: 'clauses' } });
    const counted = countingReads(services);
    const printed = await exportMacro(counted.services, people.viewer, 'coverageHeatMap', { rows: 'clauses' });
    expect(counted.reads()).toBe(1);
    expect(checkAdf(printed)).toEqual([]);
    expect(JSON.stringify(printed)).toContain('10 Improvement');
  });
});

describe('the macro snapshot', () => {
  it('answers a page viewed again from the snapshot while the store is unchanged, and computes again after any change', async () => {
    const { getMacroData } = await import('../../../src/app/review/macros/macroData');
    const input = { macro: 'findingRegister' as const, config: {} };
    const first = await getMacroData(services, { accountId: 'programme-manager' }, input);
    const counted = countingReads(services);
    // Viewed again: one read of the trail head, no records.
    expect(await getMacroData(counted.services, { accountId: 'programme-manager' }, input)).toEqual(first);
    expect(counted.reads()).toBe(1);
    // Any write moves the head: the figures are computed again (head + one listMany).
    await put(services, 'periodFigures', '2026-10', {
      month: '2026-10',
      incidents: 1,
      incidentHoursToResolve: 3,
      incidentsSource: 'recorded',
      incidentsJql: null,
      countedAt: null,
      trainingCompletionPct: 90,
      note: '',
    });
    counted.reset();
    const again = await getMacroData(counted.services, { accountId: 'programme-manager' }, input);
    expect(counted.reads()).toBe(2);
    expect(again.status === 'ready' && first.status === 'ready' && again.computedAt >= first.computedAt).toBe(true);
    // Older than fifteen minutes: computed again even with nothing changed (overdue moves with the clock).
    clock.advanceMinutes(16);
    counted.reset();
    await getMacroData(counted.services, { accountId: 'programme-manager' }, input);
    expect(counted.reads()).toBe(2);
  });
});

describe('the macro config panel’s choices', () => {
  it('offers every audit, area, review and the cycles with a programme plus the current one', async () => {
    await put(services, 'managementReview', 'mr-2026', {
      title: 'Management review 2026',
      period: { from: '2026-01-01', to: '2026-12-31' },
      previousReviewId: null,
      page: null,
      heldOn: null,
      attendees: [],
      minutes: '',
      createdBy: people.manager,
      createdAt: '2026-11-20T10:00:00.000Z',
    });
    const counted = countingReads(services);
    const choices = await dispatch('listMacroChoices', {}, people.viewer, async () => counted.services);
    expect(choices).toMatchObject({ ok: true });
    if (!choices.ok) return;
    expect(choices.value.audits.map((a) => a.id)).toEqual([
      'au-cancel',
      'au-next',
      'au-late',
      'au-hr',
      'au-backup',
      'au-old',
    ]);
    expect(choices.value.audits[0]).toEqual({ id: 'au-cancel', title: 'Physical security audit' });
    expect(choices.value.areas).toEqual([
      { id: 'ar-hr', name: 'Human resources' },
      { id: 'ar-it', name: 'IT operations' },
    ]);
    expect(choices.value.reviews).toEqual([
      { id: 'mr-2026', title: 'Management review 2026', from: '2026-01-01', to: '2026-12-31' },
    ]);
    expect(choices.value.cycles).toEqual([
      { start: '2026-01-01', end: '2027-01-01' },
      { start: '2025-01-01', end: '2026-01-01' },
    ]);
  });
});
