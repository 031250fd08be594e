import type { ReviewInputSection } from '../../../contract/review';
import { kindOf, type CorrectiveActionRecord, type IsmsChange } from '../../../domain/actions/correctiveAction';
import { catalogueItem } from '../../../domain/catalogue/catalogue';
import { todayIn } from '../../../domain/calendar/timeZone';
import type { StoredRecord } from '../../../ports/recordStore';
import { inRange, listedPart, section } from './inputSource';

/** One ISMS change in a reader's words, its link kept so the minutes can be followed. */
export function ismsChangeWords(change: IsmsChange): string {
  switch (change.kind) {
    case 'riskAssessment':
      return `Risk assessment: ${change.description}${change.url ? ` (${change.url})` : ''}`;
    case 'soaLine': {
      const title = catalogueItem(change.itemId)?.title;
      return `SoA line ${change.itemId}${title ? ` ${title}` : ''}: ${change.description}`;
    }
    case 'procedure':
      return `Procedure: ${change.title} (${change.url})`;
    case 'other':
      return `Other: ${change.description}`;
  }
}

const closedDay = (action: CorrectiveActionRecord, timeZone: string) => {
  if (action.state !== 'closed' || !action.closedAt) return null;
  const at = new Date(action.closedAt);
  return Number.isNaN(at.getTime()) ? null : todayIn(timeZone, at);
};

/**
 * 9.3.2 (previous actions and improvement): the corrective and improvement actions closed in the
 * period, oldest first, with the consequences dealt with (10.2 a 2) and the changes they made to
 * the ISMS (10.2 e), so the review sees what its management system learned.
 */
export function closedActionsSection(
  actions: ReadonlyArray<StoredRecord<CorrectiveActionRecord>>,
  period: { from: string; to: string },
  timeZone: string,
): ReviewInputSection {
  const heading = 'Corrective and improvement actions closed in the period, with the ISMS changes they made';
  const closed = actions
    .map((a) => ({ action: a.record, id: a.id, on: closedDay(a.record, timeZone) }))
    .filter((c): c is { action: CorrectiveActionRecord; id: string; on: string } => c.on !== null)
    .filter((c) => inRange(c.on, period))
    .sort((a, b) => a.on.localeCompare(b.on) || a.id.localeCompare(b.id));
  if (closed.length === 0) return section(heading, ['No corrective or improvement action closed in the period.']);
  const improvements = closed.filter((c) => kindOf(c.action) === 'improvement').length;
  const changing = closed.filter((c) => (c.action.implementation?.ismsChanges ?? []).length > 0).length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const listed = listedPart(closed, 'actions (earliest closed first)');
  return section(
    heading,
    [
      `${count(closed.length, 'action', 'actions')} closed: ${closed.length - improvements} corrective, ${improvements} improvement; ${changing} changed the ISMS.`,
      ...listed.note,
    ],
    {
      columns: ['Action', 'Kind', 'Closed on', 'Consequences dealt with', 'ISMS changes'],
      rows: listed.rows.map(({ action, on }) => [
        action.title,
        kindOf(action) === 'improvement' ? 'Improvement' : 'Corrective',
        on,
        action.implementation?.consequences || 'Not recorded',
        (action.implementation?.ismsChanges ?? []).map(ismsChangeWords).join('; ') || 'None',
      ]),
    },
  );
}
