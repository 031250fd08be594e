import {
  coverageHeatMap,
  type HeatMapAudit,
  type HeatMapRequest,
} from '../../../../../src/domain/review/heatMap/coverageHeatMap';

const cycle = { start: '2026-01-01', end: '2027-01-01' };
const required = ['4.1', '9.2.2', 'A.5.1', 'A.8.13'];

const audit = (id: string, change: Partial<HeatMapAudit>): HeatMapAudit => ({
  id,
  state: 'planned',
  plannedStart: '2026-09-01',
  plannedEnd: '2026-09-05',
  reportedOn: null,
  scope: [],
  results: [],
  ...change,
});

const audits: HeatMapAudit[] = [
  // Reported in March: clause 4 audited then; A.5.1 was in scope but not examined.
  audit('a-done', {
    state: 'closed',
    plannedStart: '2026-02-02',
    plannedEnd: '2026-02-06',
    reportedOn: '2026-03-03',
    scope: ['4.1', 'A.5.1'],
    results: [
      { itemId: '4.1', result: 'conforming' },
      { itemId: 'A.5.1', result: 'notAudited' },
    ],
  }),
  // On time, spanning July and August.
  audit('a-planned', { plannedStart: '2026-07-28', plannedEnd: '2026-08-03', scope: ['9.2.2', 'A.5.1'] }),
  // Late (planned end passed, not reported): it does not count, so A.8.13 is a gap.
  audit('a-late', { state: 'inProgress', plannedStart: '2026-05-01', plannedEnd: '2026-05-10', scope: ['A.8.13'] }),
  // Planned to start before the cycle: not this cycle's audit.
  audit('a-before', {
    state: 'closed',
    plannedStart: '2025-12-01',
    plannedEnd: '2025-12-05',
    reportedOn: '2026-01-10',
    scope: ['A.8.13'],
    results: [{ itemId: 'A.8.13', result: 'conforming' }],
  }),
];

const request = (change: Partial<HeatMapRequest> = {}): HeatMapRequest => ({
  cycle,
  requiredItems: required,
  audits,
  today: '2026-06-15',
  timeZone: 'Europe/Dublin',
  rows: 'both',
  ...change,
});

const cellsOf = (map: ReturnType<typeof coverageHeatMap>, id: string) => {
  const row = map.rows.find((r) => r.id === id)!;
  return Object.fromEntries(map.months.flatMap((month, i) => (row.cells[i] === 'none' ? [] : [[month, row.cells[i]]])));
};

describe('the coverage heat-map', () => {
  it('has one column per cycle month and the rows asked for', () => {
    const map = coverageHeatMap(request());
    expect(map.months).toEqual([
      '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06',
      '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12',
    ]); // prettier-ignore
    expect(map.rows.map((row) => row.id)).toEqual(['4', '5', '6', '7', '8', '9', '10', 'A.5', 'A.6', 'A.7', 'A.8']);
    expect(map.rows[0]).toMatchObject({ title: '4 Context of the organization', kind: 'clause' });
    expect(map.rows[7]).toMatchObject({ title: 'A.5 Organizational controls', kind: 'theme' });
    expect(coverageHeatMap(request({ rows: 'clauses' })).rows).toHaveLength(7);
    expect(coverageHeatMap(request({ rows: 'themes' })).rows.map((row) => row.id)).toEqual([
      'A.5',
      'A.6',
      'A.7',
      'A.8',
    ]);
  });

  it('marks a row audited in the month its audit reached reporting, with results other than "not audited"', () => {
    const map = coverageHeatMap(request());
    expect(cellsOf(map, '4')).toEqual({ '2026-03': 'audited' });
    expect(map.rows.find((row) => row.id === '4')).toMatchObject({
      state: 'audited',
      detail: '1 of 1 clauses audited',
    });
  });

  it('marks a row planned in every month an on-time audit’s dates touch', () => {
    const map = coverageHeatMap(request());
    expect(cellsOf(map, '9')).toEqual({ '2026-07': 'planned', '2026-08': 'planned' });
    // A.5.1 was only "not audited" in the closed audit: planned, not audited.
    expect(cellsOf(map, 'A.5')).toEqual({ '2026-07': 'planned', '2026-08': 'planned' });
    expect(map.rows.find((row) => row.id === 'A.5')).toMatchObject({
      state: 'planned',
      detail: '0 of 1 controls audited, 1 planned',
    });
  });

  it('shows a gap in the months left in the cycle, from today’s month on', () => {
    const map = coverageHeatMap(request());
    const a8 = map.rows.find((row) => row.id === 'A.8')!;
    expect(a8).toMatchObject({ state: 'gap', detail: '0 of 1 controls audited, 1 not covered' });
    expect(a8.cells).toEqual(['none', 'none', 'none', 'none', 'none', 'gap', 'gap', 'gap', 'gap', 'gap', 'gap', 'gap']);
  });

  it('lets audited and planned months show through a gap row', () => {
    const map = coverageHeatMap(
      request({
        requiredItems: [...required, 'A.8.15'],
        audits: [
          ...audits,
          audit('a-a815', { plannedStart: '2026-10-05', plannedEnd: '2026-10-09', scope: ['A.8.15'] }),
        ],
      }),
    );
    const a8 = map.rows.find((row) => row.id === 'A.8')!;
    expect(a8.state).toBe('gap');
    expect(a8.cells.slice(5)).toEqual(['gap', 'gap', 'gap', 'gap', 'planned', 'gap', 'gap']);
  });

  it('shows the gaps of a cycle that is over in its last month', () => {
    const map = coverageHeatMap(request({ today: '2027-02-01' }));
    // The planned audit never happened: clause 9 and A.5 are gaps now.
    expect(cellsOf(map, '9')).toEqual({ '2026-12': 'gap' });
    expect(map.rows.find((row) => row.id === '9')?.state).toBe('gap');
    expect(cellsOf(map, '4')).toEqual({ '2026-03': 'audited' });
  });

  it('says so when a row has nothing to audit (every control of a theme excluded)', () => {
    const map = coverageHeatMap(request());
    expect(map.rows.find((row) => row.id === 'A.6')).toMatchObject({
      state: 'audited',
      detail: 'No SoA-applicable controls: nothing to audit',
      cells: Array(12).fill('none'),
    });
  });

  it('counts the rows by state', () => {
    const map = coverageHeatMap(request({ rows: 'themes' }));
    expect(map.totals).toEqual({ audited: 2, planned: 1, gap: 1 });
  });

  it('uses the report date, else the planned end, and cycle months that start mid-month', () => {
    const midMonth = { start: '2026-01-15', end: '2027-01-15' };
    const map = coverageHeatMap(
      request({
        cycle: midMonth,
        requiredItems: ['4.1', '9.2.2'],
        rows: 'clauses',
        audits: [
          audit('a-feb14', {
            state: 'reporting',
            plannedStart: '2026-02-01',
            plannedEnd: '2026-02-10',
            reportedOn: '2026-02-14',
            results: [{ itemId: '4.1', result: 'nonconformity' }],
          }),
          audit('a-no-date', {
            state: 'closed',
            plannedStart: '2026-03-10',
            plannedEnd: '2026-03-20',
            reportedOn: null,
            results: [{ itemId: '9.2.2', result: 'observation' }],
          }),
        ],
      }),
    );
    // Month 0 runs 15 January to 14 February; month 2 from 15 March.
    expect(cellsOf(map, '4')).toEqual({ '2026-01': 'audited' });
    expect(cellsOf(map, '9')).toEqual({ '2026-03': 'audited' });
  });
});
