import type { ReviewInputSection } from '../../../contract/review';
import { trackedIssueId, type TrackedIssueRecord } from '../../../domain/jira/trackedIssue';
import type { ReviewDecisionRecord } from '../../../domain/review/managementReview';
import {
  ReviewDecisionType,
  reviewDecisionTypeTitles,
  type ReviewDecisionType as DecisionType,
} from '../../../domain/review/reviewOutputs';
import type { StoredRecord } from '../../../ports/recordStore';
import type { MacroDefinition } from '../macroDefinition';
import { inputAdf } from './inputAdf';
import { inputView, loadInputSource, section, type StoredReview } from './inputSource';
import { printedName } from '../../../domain/people/printedName';

type Decision = StoredRecord<ReviewDecisionRecord>;

export interface PreviousActionRow {
  decisionId: string;
  /** Its 9.3.3 type (`other` for decisions recorded before types). */
  type: DecisionType;
  text: string;
  ownerId: string;
  ownerName: string;
  dueDate: string;
  issueKey: string | null;
  /** Jira's status as last mirrored, or where raising stands. */
  status: string;
  done: boolean;
  overdue: boolean;
}

const raisingWords: Record<TrackedIssueRecord['state'], string> = {
  queued: 'Being raised in Jira',
  creating: 'Being raised in Jira',
  raised: 'Raised',
  linked: 'Linked',
  failed: 'Jira refused it',
  unlinked: 'Not in Jira',
};

/**
 * Where each action stands, from the app's mirror of its Jira issue (events and the hourly
 * reconciliation keep it current): done when Jira's status is in the done category, overdue when
 * not done and its due date has passed.
 */
export function previousActionRows(
  decisions: Decision[],
  tracked: ReadonlyMap<string, TrackedIssueRecord>,
  today: string,
): PreviousActionRow[] {
  return [...decisions]
    .sort((a, b) => a.record.dueDate.localeCompare(b.record.dueDate) || a.record.number - b.record.number)
    .map((decision) => {
      const issue = tracked.get(trackedIssueId('reviewDecision', decision.id)) ?? null;
      const done = issue?.jira?.statusCategory === 'done' && !issue.jira.deleted;
      const status = issue?.jira ? issue.jira.status : issue ? raisingWords[issue.state] : 'Not raised in Jira';
      return {
        decisionId: decision.id,
        type: decision.record.type,
        text: decision.record.text,
        ownerId: decision.record.ownerId,
        ownerName: printedName(decision.record.ownerName, decision.record.ownerId),
        dueDate: decision.record.dueDate,
        issueKey: issue?.issue?.key ?? null,
        status,
        done,
        overdue: !done && decision.record.dueDate < today,
      };
    });
}

export function previousActionSections(rows: PreviousActionRow[], heading: string, none: string): ReviewInputSection[] {
  if (rows.length === 0) return [section(heading, [none])];
  const done = rows.filter((r) => r.done).length;
  const overdue = rows.filter((r) => r.overdue).length;
  return [
    section(
      heading,
      [
        `${rows.length} action${rows.length === 1 ? '' : 's'}: ${done} done, ${rows.length - done} open, of which ${overdue} overdue.`,
      ],
      {
        columns: ['Action', 'Owner', 'Due', 'Jira issue', 'Status', 'Overdue'],
        rows: rows.map((r) => [
          r.text,
          r.ownerName,
          r.dueDate,
          r.issueKey ?? 'Not raised',
          r.status,
          r.overdue ? 'Overdue' : 'No',
        ]),
      },
    ),
    outcomesByType(rows),
  ];
}

const outcomeWords = (row: PreviousActionRow) =>
  `${row.done ? 'Done' : row.overdue ? 'Open, overdue' : 'Open'} (${row.status})`;

/**
 * Each decision's outcome grouped by its 9.3.3 type, so the review sees at a glance how the
 * improvements, ISMS changes and resources it decided last time turned out.
 */
function outcomesByType(rows: PreviousActionRow[]): ReviewInputSection {
  const order = ReviewDecisionType.options;
  const sorted = [...rows].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  const counts = order
    .map((type) => {
      const ofType = rows.filter((r) => r.type === type);
      return ofType.length === 0
        ? null
        : `${reviewDecisionTypeTitles[type]}: ${ofType.filter((r) => r.done).length} of ${ofType.length} done.`;
    })
    .filter((line): line is string => line !== null);
  return section('Outcome of each decision by type (9.3.3)', counts, {
    columns: ['Type', 'Action', 'Outcome'],
    rows: sorted.map((r) => [reviewDecisionTypeTitles[r.type], r.text, outcomeWords(r)]),
  });
}

/**
 * 9.3.2 a: the status of the actions earlier reviews decided. With a review, its previous
 * review's decisions; with only a period, every decision due in it or before it ends.
 */
export const previousActionsMacro: MacroDefinition<'previousActions'> = {
  async compute(services, config, now) {
    const source = await loadInputSource(services, config, now, ['reviewDecision', 'trackedIssue'] as const);
    if ('unavailable' in source) return source;
    const tracked = new Map(
      source.records.trackedIssue.filter((t) => t.record.subject === 'reviewDecision').map((t) => [t.id, t.record]),
    );
    const decisions = source.records.reviewDecision;
    let sections: ReviewInputSection[];
    if (source.review) {
      const previous: StoredReview | null =
        source.records.managementReview.find((r) => r.id === source.review!.record.previousReviewId) ?? null;
      sections = previous
        ? previousActionSections(
            previousActionRows(
              decisions.filter((d) => d.record.reviewId === previous.id),
              tracked,
              source.today,
            ),
            `Actions decided by “${previous.record.title}” (${previous.record.period.from} to ${previous.record.period.to})`,
            'The previous review recorded no decisions.',
          )
        : [
            section('Actions from previous reviews', [
              'No earlier management review is recorded in the app: there are no previous actions to report.',
            ]),
          ];
    } else {
      sections = previousActionSections(
        previousActionRows(
          decisions.filter((d) => d.record.dueDate <= source.period.to),
          tracked,
          source.today,
        ),
        `Review actions due by ${source.period.to}`,
        'No management review action is due in this period or before it.',
      );
    }
    return inputView('previousActions', source, 'store', sections);
  },
  toAdf: inputAdf,
};
