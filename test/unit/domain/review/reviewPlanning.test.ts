import { previousActionRows, previousActionSections } from '../../../../src/app/review/inputs/previousActions';
import type { TrackedIssueRecord } from '../../../../src/domain/jira/trackedIssue';
import { recordContentHash } from '../../../../src/domain/signing/signature';
import { ManagementReviewRecord, ReviewDecisionRecord } from '../../../../src/domain/review/managementReview';
import { reviewAgenda } from '../../../../src/domain/review/planning/reviewAgenda';
import {
  defaultReviewPlan,
  nextReviewDue,
  ReviewPlan,
  reviewDue,
  reviewDueWords,
} from '../../../../src/domain/review/planning/reviewPlan';
import { ReviewConclusion } from '../../../../src/domain/review/reviewOutputs';

const plan = (over: Partial<ReviewPlan> = {}): ReviewPlan => ({ ...defaultReviewPlan, ...over });

describe('the next management review (9.3.1: at planned intervals)', () => {
  it('is the planned day while it is after the last review held', () => {
    expect(nextReviewDue(plan({ nextPlannedOn: '2027-03-15' }), null)).toBe('2027-03-15');
    expect(nextReviewDue(plan({ nextPlannedOn: '2027-03-15' }), '2026-09-10')).toBe('2027-03-15');
  });

  it('is one interval after the last review once a review is held on or after the planned day', () => {
    expect(nextReviewDue(plan({ nextPlannedOn: '2026-09-10', intervalMonths: 6 }), '2026-09-10')).toBe('2027-03-10');
    expect(nextReviewDue(plan({ nextPlannedOn: null, intervalMonths: 12 }), '2026-09-30')).toBe('2027-09-30');
    // The end of a month clamps: 31 August + 6 months is the last day of February.
    expect(nextReviewDue(plan({ intervalMonths: 6 }), '2026-08-31')).toBe('2027-02-28');
  });

  it('is not planned with no planned day and no review held', () => {
    expect(nextReviewDue(plan(), null)).toBeNull();
    expect(reviewDue(plan(), null, '2026-12-07')).toEqual({ state: 'notPlanned' });
  });

  it('warns from 30 days before, is due on the day and overdue from the day after', () => {
    const planned = plan({ nextPlannedOn: '2027-01-06' });
    expect(reviewDue(planned, null, '2026-12-06')).toEqual({ state: 'planned', dueOn: '2027-01-06', daysLeft: 31 });
    expect(reviewDue(planned, null, '2026-12-07')).toEqual({ state: 'dueSoon', dueOn: '2027-01-06', daysLeft: 30 });
    expect(reviewDue(planned, null, '2027-01-06')).toEqual({ state: 'dueSoon', dueOn: '2027-01-06', daysLeft: 0 });
    expect(reviewDue(planned, null, '2027-01-07')).toEqual({ state: 'overdue', dueOn: '2027-01-06', daysOverdue: 1 });
  });

  it('says it in the KPI tile’s words', () => {
    expect(reviewDueWords({ state: 'notPlanned' })).toBe('No management review planned');
    expect(reviewDueWords({ state: 'dueSoon', dueOn: '2027-01-06', daysLeft: 1 })).toBe(
      'Management review due in 1 day (2027-01-06)',
    );
    expect(reviewDueWords({ state: 'planned', dueOn: '2027-03-01', daysLeft: 84 })).toBe(
      'Management review due in 84 days (2027-03-01)',
    );
    expect(reviewDueWords({ state: 'dueSoon', dueOn: '2027-01-06', daysLeft: 0 })).toBe(
      'Management review due today (2027-01-06)',
    );
    expect(reviewDueWords({ state: 'overdue', dueOn: '2027-01-06', daysOverdue: 12 })).toBe(
      'Management review overdue by 12 days (due 2027-01-06)',
    );
  });

  it('refuses a plan that does not fit, naming the field', () => {
    const problems = (value: unknown) =>
      ReviewPlan.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
    expect(problems({ intervalMonths: 0, nextPlannedOn: null, standingItems: [] })).toEqual([
      ['intervalMonths', 'The review interval is at least 1 month'],
    ]);
    expect(problems({ intervalMonths: 6, nextPlannedOn: '2027-02-30', standingItems: [] })).toEqual([
      ['nextPlannedOn', 'Not a real calendar date'],
    ]);
    expect(problems({ intervalMonths: 6, nextPlannedOn: null, standingItems: ['Budget', 'Budget'] })).toEqual([
      ['standingItems', 'A standing agenda item is listed twice'],
    ]);
    expect(problems({ intervalMonths: 6, nextPlannedOn: null, standingItems: ['  '] })).toEqual([
      ['standingItems.0', 'Write the agenda item'],
    ]);
  });
});

describe('the review agenda', () => {
  it('is 9.3.2 a–g in the standard’s order, then the organisation’s standing items', () => {
    const agenda = reviewAgenda(['Supplier security', 'GxP computerised systems']);
    expect(agenda.map((item) => item.ref)).toEqual([
      '9.3.2 a',
      '9.3.2 b',
      '9.3.2 c',
      '9.3.2 d',
      '9.3.2 e',
      '9.3.2 f',
      '9.3.2 g',
      'Standing item 1',
      'Standing item 2',
    ]);
    expect(agenda[0]).toEqual({
      ref: '9.3.2 a',
      title: 'Status of actions from previous management reviews',
      source: 'iso27001',
    });
    expect(agenda[8]).toEqual({ ref: 'Standing item 2', title: 'GxP computerised systems', source: 'organisation' });
  });
});

describe('9.3.3 outputs on records of the old shape', () => {
  const oldReview = {
    title: 'Management review 2026 H1',
    period: { from: '2026-01-01', to: '2026-06-30' },
    previousReviewId: null,
    page: null,
    heldOn: '2026-07-10',
    attendees: [],
    minutes: 'Held.',
    createdBy: 'acct-manager',
    createdAt: '2026-07-01T09:00:00.000Z',
  };

  it('reads a review stored before conclusions unchanged, so a signature over it still binds', () => {
    const read = ManagementReviewRecord.parse(oldReview);
    expect(read).toEqual(oldReview);
    expect(recordContentHash(read)).toBe(recordContentHash(oldReview));
  });

  it('reads a decision stored before types as type other', () => {
    const read = ReviewDecisionRecord.parse({
      reviewId: 'review_1',
      number: 1,
      text: 'Fund restore tests',
      ownerId: 'acct-owner',
      dueDate: '2026-11-01',
      recordedBy: 'acct-manager',
      recordedAt: '2026-07-10T10:00:00.000Z',
    });
    expect(read.type).toBe('other');
  });

  it('needs the three judgements and a statement for a conclusion', () => {
    const result = ReviewConclusion.safeParse({ suitable: 'yes', adequate: 'maybe', effective: 'yes', statement: '' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['adequate', 'Say whether the ISMS is adequate: yes or no'],
      ['statement', 'Write the conclusion: why the ISMS is (or is not) suitable, adequate and effective'],
    ]);
  });
});

describe('previous actions: each decision’s outcome by 9.3.3 type', () => {
  const decision = (n: number, type: ReviewDecisionRecord['type'], dueDate: string) => ({
    id: `review_1:d${n}`,
    version: 1,
    updatedAt: '2026-07-10T10:00:00.000Z',
    updatedBy: 'acct-manager',
    record: ReviewDecisionRecord.parse({
      reviewId: 'review_1',
      number: n,
      type,
      text: `Action ${n}`,
      ownerId: 'acct-owner',
      dueDate,
      recordedBy: 'acct-manager',
      recordedAt: '2026-07-10T10:00:00.000Z',
    }),
  });
  const done = {
    subject: 'reviewDecision',
    subjectId: 'review_1:d2',
    state: 'raised',
    issue: { id: '10002', key: 'CA-2' },
    jira: { status: 'Done', statusCategory: 'done', deleted: false },
  } as unknown as TrackedIssueRecord;

  it('adds a section after the actions table: counts per type, then each decision’s outcome', () => {
    const rows = previousActionRows(
      [
        decision(1, 'other', '2026-10-01'),
        decision(2, 'resourceNeed', '2026-11-01'),
        decision(3, 'resourceNeed', '2027-01-31'),
      ],
      new Map([['reviewDecision:review_1:d2', done]]),
      '2026-11-24',
    );
    const [actions, byType] = previousActionSections(rows, 'Actions', 'none');
    expect(actions!.table!.columns).toEqual(['Action', 'Owner', 'Due', 'Jira issue', 'Status', 'Overdue']);
    expect(byType).toEqual({
      heading: 'Outcome of each decision by type (9.3.3)',
      paragraphs: ['Resource need: 1 of 2 done.', 'Other: 0 of 1 done.'],
      table: {
        columns: ['Type', 'Action', 'Outcome'],
        rows: [
          ['Resource need', 'Action 2', 'Done (Done)'],
          ['Resource need', 'Action 3', 'Open (Not raised in Jira)'],
          ['Other', 'Action 1', 'Open, overdue (Not raised in Jira)'],
        ],
      },
    });
  });
});
