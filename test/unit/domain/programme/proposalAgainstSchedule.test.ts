import {
  placeProposals,
  whyNothingToAdopt,
  type CycleAudit,
} from '../../../../src/domain/programme/proposalAgainstSchedule';
import { proposeSchedule, type ProposedAudit } from '../../../../src/domain/programme/riskFrequency';

// One high-risk area audited twice in a 12-month cycle (months 0 and 6), one medium area once.
const proposals = proposeSchedule({
  cycle: { start: '2027-01-01', lengthMonths: 12 },
  areas: [
    { id: 'it', likelihood: 4, impact: 5 },
    { id: 'qc', likelihood: 3, impact: 3 },
  ],
});
const itWindows = proposals.filter((p) => p.areaId === 'it');
const idOf = (p: ProposedAudit) => `audit-2027-01-01-${p.areaId}-${p.occurrence}`;
const audit = (id: string, areaId: string, plannedStart: string, plannedEnd: string): CycleAudit => ({
  id,
  areaIds: [areaId],
  plannedStart,
  plannedEnd,
});
/** The audits as adopted: one per window, on its first day, under its deterministic id. */
const adopted = proposals.map((p) => audit(idOf(p), p.areaId, p.plannedStart, p.plannedStart));
const none = { areasWithoutScope: new Set<string>() };
const byId = (audits: readonly CycleAudit[]) => (p: ProposedAudit) => audits.some((a) => a.id === idOf(p));

describe('the proposal laid over the cycle’s audits', () => {
  it('proposes the IT area twice, six months apart (the fixture these tests rely on)', () => {
    expect(itWindows.map((p) => [p.occurrence, p.plannedStart])).toEqual([
      [1, '2027-01-01'],
      [2, '2027-07-01'],
    ]);
  });

  it('[ISO9.2.2] never places a second audit of an area in a month where the planner moved its first one', () => {
    // The planner moved "IT audit 1 of 2" into July, the month of the second window.
    const moved = adopted
      .filter((a) => a.id !== 'audit-2027-01-01-it-2')
      .map((a) =>
        a.id === 'audit-2027-01-01-it-1' ? { ...a, plannedStart: '2027-07-12', plannedEnd: '2027-07-14' } : a,
      );
    const placed = placeProposals(proposals, { ...none, audits: moved, hasHistory: byId(moved) });
    const july = placed.find((p) => p.areaId === 'it' && p.plannedStart === '2027-07-01')!;
    expect(july).toMatchObject({ status: 'scheduled', scheduledAs: 'audit-2027-01-01-it-1' });
    expect(placed.filter((p) => p.status === 'toAdopt')).toEqual([]);
  });

  it('[ISO9.2.2] numbers the audits to adopt in date order among the area’s audits: "1 of 2" comes before "2 of 2"', () => {
    // "IT audit 1 of 2" moved past the second window, into September: adopting the July window
    // must not call it "2 of 2" when it falls before the September one.
    const moved = [audit('audit-2027-01-01-it-1', 'it', '2027-09-06', '2027-09-08')];
    const placed = placeProposals(itWindows, { ...none, audits: moved, hasHistory: byId(moved) });
    const july = placed.find((p) => p.plannedStart === '2027-07-01')!;
    expect(july).toMatchObject({ status: 'toAdopt', number: { occurrence: 1, occurrences: 2 } });
    expect(placed.find((p) => p.plannedStart === '2027-01-01')).toMatchObject({ status: 'removedOrMoved' });
  });

  it('[ISO9.2.2] marks a window scheduled only when an audit of its area falls in it, whatever the audit’s id', () => {
    const elsewhere = [audit('audit-2027-01-01-it-1', 'it', '2027-03-01', '2027-03-03')];
    const placed = placeProposals(itWindows, { ...none, audits: elsewhere, hasHistory: byId(elsewhere) });
    expect(placed.map((p) => [p.plannedStart, p.status])).toEqual([
      ['2027-01-01', 'removedOrMoved'],
      ['2027-07-01', 'toAdopt'],
    ]);
    const byHand = [audit('audit-by-hand', 'it', '2027-01-18', '2027-01-20')];
    expect(placeProposals(itWindows, { ...none, audits: byHand, hasHistory: () => false })[0]).toMatchObject({
      status: 'scheduled',
      scheduledAs: 'audit-by-hand',
    });
  });

  it('an audit of another area, or one audit over two windows, schedules only what it covers', () => {
    const other = [audit('audit-qc', 'qc', '2027-01-04', '2027-01-05')];
    expect(placeProposals(itWindows, { ...none, audits: other, hasHistory: () => false }).map((p) => p.status)).toEqual(
      ['toAdopt', 'toAdopt'],
    );
    const spanning = [audit('audit-long', 'it', '2027-01-25', '2027-07-02')];
    expect(
      placeProposals(itWindows, { ...none, audits: spanning, hasHistory: () => false }).map((p) => p.status),
    ).toEqual(['scheduled', 'monthTaken']);
  });
});

describe('why nothing can be adopted', () => {
  it('[ISO9.2.2] says every area already has its audits planned, with the gaps the coverage still shows', () => {
    const placed = placeProposals(proposals, { ...none, audits: adopted, hasHistory: byId(adopted) });
    expect(whyNothingToAdopt(placed, 69)).toBe(
      'Nothing to adopt: 69 requirements are gaps but every area already has its audits planned in the cycle (3 audits).',
    );
    expect(whyNothingToAdopt(placed, 0)).toBe(
      'Nothing to adopt: every area already has its audits planned in the cycle (3 audits).',
    );
  });

  it('[ISO9.2.2] names removed audits and areas without scope, and says nothing when something can be adopted', () => {
    const kept = adopted.filter((a) => a.id !== 'audit-2027-01-01-it-2' && a.areaIds[0] !== 'qc');
    const placed = placeProposals(proposals, {
      areasWithoutScope: new Set(['qc']),
      audits: kept,
      hasHistory: byId(adopted),
    });
    expect(whyNothingToAdopt(placed, 1)).toBe(
      'Nothing to adopt: 1 requirement is a gap but 1 proposed audit is already planned; 1 area carries no clauses or controls to audit; 1 audit adopted earlier was removed or moved, and adopting never brings them back.',
    );
    expect(
      whyNothingToAdopt(placeProposals(proposals, { ...none, audits: [], hasHistory: () => false }), 5),
    ).toBeNull();
    expect(whyNothingToAdopt([], 5)).toBe(
      'Nothing to adopt: the programme has no auditable areas to propose audits for.',
    );
  });
});
