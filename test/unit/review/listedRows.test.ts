import { opportunitySection } from '../../../src/app/review/inputs/improvementOpportunities';
import { closedActionsSection } from '../../../src/app/review/inputs/closedActionsSection';
import { listedRows } from '../../../src/app/review/inputs/inputSource';
import type { CorrectiveActionRecord } from '../../../src/domain/actions/correctiveAction';
import type { FindingRecord } from '../../../src/domain/audits/finding';
import type { StoredRecord } from '../../../src/ports/recordStore';

/**
 * A large programme's review inputs count every row but print the first `listedRows`: the page
 * stays readable and the macro's snapshot fits a KVS value, so the next view and the PDF export
 * answer from it instead of computing again.
 */

const stored = <T>(id: string, record: T): StoredRecord<T> => ({
  id,
  version: 1,
  record,
  updatedAt: '2026-11-20T09:00:00.000Z',
  updatedBy: 'acct-lead',
});
const period = { from: '2026-01-01', to: '2026-12-31' };
const day = (n: number) => `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

const ofi = (n: number) =>
  stored<FindingRecord>(`f-${String(n).padStart(4, '0')}`, {
    auditId: null,
    source: { kind: 'internalAudit' },
    content: {
      grade: 'opportunity',
      itemId: 'A.8.13',
      areaId: 'ar-it',
      requirement: 'r',
      evidence: `Idea ${n}`,
      gap: '',
    },
    raisedOn: day(n),
    raisedBy: 'acct-lead',
    repeatOf: [],
  } as unknown as FindingRecord);

describe('review input lists at scale', () => {
  it('counts all 450 OFIs and lists the oldest 200, saying so', () => {
    const section = opportunitySection(
      Array.from({ length: 450 }, (_, n) => ofi(n)),
      new Map(),
      new Map(),
      period,
    );
    expect(section.paragraphs[0]).toBe('450 opportunities for improvement.');
    expect(section.paragraphs[1]).toMatch(/first 200 opportunities .* list all 450/);
    expect(section.table?.rows).toHaveLength(listedRows);
    const listedDays = section.table!.rows.map((row) => row[3]!);
    expect(listedDays).toEqual([...listedDays].sort());
    expect(listedDays.at(-1)! <= day(11)).toBe(true);
  });

  it('lists a short list whole, with no note', () => {
    const section = opportunitySection([ofi(1), ofi(2)], new Map(), new Map(), period);
    expect(section.paragraphs).toEqual(['2 opportunities for improvement.']);
    expect(section.table?.rows).toHaveLength(2);
  });

  it('counts all closed actions and lists the first 200 closed', () => {
    const actions = Array.from({ length: 300 }, (_, n) =>
      stored(`ca-${String(n).padStart(4, '0')}`, {
        title: `Action ${n}`,
        state: 'closed',
        closedAt: `${day(n)}T12:00:00.000Z`,
        implementation: null,
      } as unknown as CorrectiveActionRecord),
    );
    const section = closedActionsSection(actions, period, 'Europe/Dublin');
    expect(section.paragraphs[0]).toMatch(/^300 actions closed/);
    expect(section.paragraphs[1]).toMatch(/first 200 actions .* list all 300/);
    expect(section.table?.rows).toHaveLength(listedRows);
  });
});
