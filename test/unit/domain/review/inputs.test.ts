import { enteredSections, whereToEnter } from '../../../../src/app/review/inputs/enteredSections';
import { performanceFigures } from '../../../../src/app/review/inputs/performance';
import { previousActionRows, previousActionSections } from '../../../../src/app/review/inputs/previousActions';
import { soaTreatmentSection } from '../../../../src/app/review/inputs/riskTreatment';
import { reviewTemplate, templateConfig } from '../../../../src/app/review/meeting/reviewTemplate';
import type { CorrectiveActionRecord } from '../../../../src/domain/actions/correctiveAction';
import type { TrackedIssueRecord } from '../../../../src/domain/jira/trackedIssue';
import type { AuditRecord } from '../../../../src/domain/audits/auditPlan';
import type { FindingRecord, FindingGrade } from '../../../../src/domain/audits/finding';
import { defaultStatementOfApplicability } from '../../../../src/domain/soa/soa';
import { parseMacroConfig } from '../../../../src/domain/review/macroConfig';
import type { ReviewDecisionRecord } from '../../../../src/domain/review/managementReview';
import type { ReviewInputRecord } from '../../../../src/domain/review/reviewInputs';
import { checkAdf } from '../../../../sandbox/openapi/adf';

const stored = <T>(id: string, record: T, version = 1) => ({
  id,
  version,
  record,
  updatedAt: '2026-11-01T10:00:00.000Z',
  updatedBy: 'acct-manager',
});
const period = { from: '2026-07-01', to: '2026-12-31' };

describe('previous actions', () => {
  const decision = (n: number, dueDate: string) =>
    stored(`review_1:d${n}`, {
      reviewId: 'review_1',
      number: n,
      type: 'other',
      text: `Action ${n}`,
      ownerId: 'acct-owner',
      dueDate,
      recordedBy: 'acct-manager',
      recordedAt: '2026-07-10T10:00:00.000Z',
    } satisfies ReviewDecisionRecord);
  const tracked = (n: number, category: 'new' | 'indeterminate' | 'done' | null): [string, TrackedIssueRecord] => [
    `reviewDecision:review_1:d${n}`,
    {
      subject: 'reviewDecision',
      subjectId: `review_1:d${n}`,
      auditId: null,
      state: 'raised',
      issue: { id: `1000${n}`, key: `CA-${n}` },
      jobId: null,
      attempts: 1,
      lastError: null,
      jira: category
        ? {
            status: category === 'done' ? 'Done' : 'In Progress',
            statusCategory: category,
            dueDate: null,
            assigneeId: null,
            updated: 'x',
            deleted: false,
          }
        : null,
      history: [],
    },
  ];

  it('orders by due date; done by Jira status category; overdue only when open and past due', () => {
    const rows = previousActionRows(
      [decision(1, '2026-12-01'), decision(2, '2026-10-01'), decision(3, '2027-01-31'), decision(4, '2026-11-23')],
      new Map([tracked(1, 'indeterminate'), tracked(2, 'done'), tracked(4, null)]),
      '2026-11-24',
    );
    expect(rows.map((r) => [r.decisionId, r.issueKey, r.status, r.done, r.overdue])).toEqual([
      ['review_1:d2', 'CA-2', 'Done', true, false],
      ['review_1:d4', 'CA-4', 'Raised', false, true],
      ['review_1:d1', 'CA-1', 'In Progress', false, false],
      ['review_1:d3', null, 'Not raised in Jira', false, false],
    ]);
    const [section] = previousActionSections(rows, 'Actions', 'none');
    expect(section!.paragraphs).toEqual(['4 actions: 1 done, 3 open, of which 1 overdue.']);
    expect(previousActionSections([], 'Actions', 'No actions.')).toEqual([
      { heading: 'Actions', paragraphs: ['No actions.'], table: null },
    ]);
  });
});

describe('entered inputs', () => {
  it('says "Nothing entered yet" and where, for no record or an empty one; else the summary and table', () => {
    const empty = stored('r:issuesChanges', {
      reviewId: 'r',
      kind: 'issuesChanges',
      summary: '',
      entries: [],
    } as ReviewInputRecord);
    for (const record of [null, empty]) {
      expect(enteredSections('issuesChanges', record, 'MR 2026')[0]!.paragraphs).toEqual([
        'Nothing entered yet.',
        whereToEnter('issuesChanges', 'MR 2026'),
      ]);
    }
    expect(whereToEnter('issuesChanges', 'MR 2026')).toContain('“MR 2026” → Inputs → 9.3.2 b');
    const filled = stored('r:interestedPartyFeedback', {
      reviewId: 'r',
      kind: 'interestedPartyFeedback',
      summary: '',
      entries: [{ topic: 'Sponsor audit', detail: 'Asked for faster CAPA closure', category: 'customer' }],
    } as ReviewInputRecord);
    expect(enteredSections('interestedPartyFeedback', filled, null)).toEqual([
      {
        heading: 'Feedback from interested parties',
        paragraphs: [],
        table: {
          columns: ['Topic', 'Category', 'Detail'],
          rows: [['Sponsor audit', 'customer', 'Asked for faster CAPA closure']],
        },
      },
    ]);
  });
});

describe('performance figures', () => {
  const finding = (id: string, grade: FindingGrade, raisedOn: string) =>
    stored(id, { auditId: 'a', raisedOn, raisedBy: 'l', repeatOf: [], content: { grade } } as unknown as FindingRecord);
  const action = (id: string, findingIds: string[], state: string, dueDate: string | null, closedAt: string | null) =>
    stored(id, {
      findingIds,
      state,
      plan: dueDate ? { dueDate } : null,
      closedAt,
    } as unknown as CorrectiveActionRecord);
  const audit = (id: string, plannedEnd: string, state: string) =>
    stored(id, { state, plan: { plannedEnd } } as unknown as AuditRecord);

  it('counts an empty period as zeros', () => {
    expect(performanceFigures([], [], [], period, '2026-11-24')).toEqual({
      findingsByGrade: { majorNC: 0, minorNC: 0, observation: 0, opportunity: 0 },
      ncs: { raised: 0, open: 0, closed: 0 },
      actions: { open: 0, closedInPeriod: 0, overdue: 0 },
      audits: { planned: 0, done: 0 },
    });
  });

  it('counts the period inclusively; an NC is closed only when it has actions and all are closed', () => {
    const figures = performanceFigures(
      [
        finding('f1', 'majorNC', '2026-07-01'),
        finding('f2', 'minorNC', '2026-12-31'),
        finding('f3', 'minorNC', '2026-08-01'),
        finding('f4', 'observation', '2027-01-01'),
        finding('f5', 'minorNC', '2026-09-01'),
      ],
      [
        action('ca1', ['f1'], 'closed', '2026-08-01', '2026-12-31T23:00:00.000Z'),
        action('ca2', ['f2', 'f3'], 'closed', '2026-08-01', '2026-06-30T10:00:00.000Z'),
        action('ca3', ['f3'], 'plan', '2026-11-23', null),
        action('ca4', ['f5'], 'rootCause', null, null),
      ],
      [
        audit('a1', '2026-07-01', 'closed'),
        audit('a2', '2026-12-31', 'inProgress'),
        audit('a3', '2027-01-01', 'closed'),
      ],
      period,
      '2026-11-24',
    );
    expect(figures).toEqual({
      findingsByGrade: { majorNC: 1, minorNC: 3, observation: 0, opportunity: 0 },
      // f1 and f2 closed; f3 has an open action (ca3); f5's action is open.
      ncs: { raised: 4, open: 2, closed: 2 },
      // ca3 is past its plan's date; ca4 has no plan yet, so it is not overdue.
      actions: { open: 2, closedInPeriod: 1, overdue: 1 },
      audits: { planned: 2, done: 1 },
    });
  });
});

describe('risk treatment from the SoA', () => {
  it('counts only applicable controls and explains a missing SoA', () => {
    expect(soaTreatmentSection(null).paragraphs[0]).toContain('not recorded in the app yet');
    const soa = defaultStatementOfApplicability();
    soa.entries = soa.entries.map((e, i) =>
      i < 3 ? { ...e, applicable: false, implementation: 'implemented', justification: 'Not in scope at all' } : e,
    );
    const section = soaTreatmentSection(soa);
    expect(section.paragraphs).toEqual(['90 of 93 Annex A controls are applicable; 0 of them are implemented.']);
    expect(section.table!.rows.at(-1)).toEqual(['Not implemented', '90', '100%']);
  });
});

describe('the review template', () => {
  const review = { reviewId: 'review_7', title: 'MR 2026 H2', period, cycleStart: '2026-01-01' };

  it('gives every macro a config it accepts, and is valid ADF', () => {
    const adf = reviewTemplate({ appId: 'app', environmentId: 'env', environmentType: 'DEVELOPMENT' }, review);
    expect(checkAdf(adf)).toEqual([]);
    expect(templateConfig('caAgeing', review)).toEqual({});
    expect(templateConfig('programmeSchedule', review)).toEqual({ cycleStart: '2026-01-01' });
    expect(templateConfig('riskTreatment', review)).toEqual({ ...period, reviewId: 'review_7' });
    for (const node of adf.content.filter((n) => n.type === 'extension')) {
      const attrs = node.attrs as { extensionKey: string; parameters: { guestParams?: Record<string, unknown> } };
      expect(attrs.extensionKey).toMatch(/^app\/env\/static\/review-/);
    }
    expect(parseMacroConfig('trendChart', templateConfig('trendChart', review))).toMatchObject({ ok: true });
  });
});
