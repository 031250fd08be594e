import {
  reviewDecisionTypeTitles,
  type ReviewConclusion,
  type ReviewDecisionType,
} from '../../domain/review/reviewOutputs';
import { signatureBlockPattern } from '../../domain/signing/signatureBlock';
import { element, escapeXml, factsTable, paragraphs, textTable } from './storageXhtml';

/** The review record as the management-review page prints it: people by name, never by account id. */
export interface PrintedReviewRecord {
  version: number;
  heldOn: string | null;
  attendees: ReadonlyArray<{ name: string; role: string }>;
  minutes: string;
  decisions: ReadonlyArray<{
    number: number;
    type: ReviewDecisionType;
    text: string;
    ownerName: string;
    dueDate: string;
    /** The decision's Jira issue key once raised; null before. */
    jiraKey: string | null;
  }>;
  conclusion: ReviewConclusion | null;
}

/** The block's heading: also the marker the app finds its own block by on the page. */
export const reviewRecordHeading = 'Meeting record';
const footerStart = 'Meeting record printed by the ISO 27001 audit app from review record version';

/** What a new review page says where the record will go, until the meeting is recorded. */
export const reviewRecordPlaceholder =
  'Not recorded yet: the app prints the attendees, the minutes, the decisions and the conclusion here once they are recorded.';

const judgement = (value: 'yes' | 'no') => (value === 'yes' ? 'Yes' : 'No');

/**
 * The meeting record as storage-format XHTML: attendees, minutes, the 9.3.3 decisions (type, owner,
 * due date, Jira issue) and the 9.3 conclusion, closed by a footer naming the record version it was
 * printed from. Everything typed is escaped. The signature block below it says whether that
 * version is the one top management signed.
 */
export function reviewRecordXhtml(review: PrintedReviewRecord): string {
  const attendees =
    review.attendees.length === 0
      ? element('p', element('em', 'No attendees recorded.'))
      : textTable(
          ['Name', 'Role'],
          review.attendees.map((a) => [a.name, a.role || '—']),
        );
  const decisions =
    review.decisions.length === 0
      ? element('p', element('em', 'No decisions recorded.'))
      : textTable(
          ['No.', 'Type', 'Decision', 'Owner', 'Due', 'Jira issue'],
          review.decisions.map((d) => [
            String(d.number),
            reviewDecisionTypeTitles[d.type],
            d.text,
            d.ownerName,
            d.dueDate,
            d.jiraKey ?? 'Not raised yet',
          ]),
        );
  const conclusion = review.conclusion
    ? factsTable([
        ['Suitable', judgement(review.conclusion.suitable)],
        ['Adequate', judgement(review.conclusion.adequate)],
        ['Effective', judgement(review.conclusion.effective)],
      ]) + paragraphs(review.conclusion.statement)
    : element('p', element('em', 'No conclusion recorded yet.'));
  return (
    element('h2', escapeXml(reviewRecordHeading)) +
    element('p', `${element('strong', 'Held on: ')}${escapeXml(review.heldOn ?? 'not recorded yet')}`) +
    element('h3', 'Attendees') +
    attendees +
    element('h3', 'Minutes') +
    paragraphs(review.minutes, 'No minutes recorded.') +
    element('h3', 'Decisions (9.3.3)') +
    decisions +
    element('h3', 'Conclusion on the suitability, adequacy and effectiveness of the ISMS (9.3)') +
    conclusion +
    element('p', element('em', escapeXml(`${footerStart} ${review.version}.`)))
  );
}

const footer = `<p><em>${footerStart} \\d+\\.</em></p>`;
/** The app's block: from its heading to its footer. */
export const reviewRecordPattern = new RegExp(`<h2>${reviewRecordHeading}</h2>(?:(?!<h2>)[\\s\\S])*?${footer}`);
/** Where a new page (from the template) keeps the record's place. */
const placeholderPattern = new RegExp(`<h2>${reviewRecordHeading}</h2>\\s*<p>Not recorded yet:[^<]*</p>`);
/** The sections of pages written before the record was printed, which only pointed to the app. */
const legacyPattern = /<h2>Attendees<\/h2>[\s\S]*?reports on them\.<\/p>/;

/**
 * The page body with `blockXhtml` in place of the app's earlier record, else of the new page's
 * placeholder, else of an older page's sections that pointed to the app, else just before the
 * signature block (which signs what is above it), else at the end. The rest of the page stays as
 * it is, so an edit someone made in Confluence is neither lost nor hidden.
 */
export function placeReviewRecord(storage: string, blockXhtml: string): string {
  for (const pattern of [reviewRecordPattern, placeholderPattern, legacyPattern]) {
    if (pattern.test(storage)) return storage.replace(pattern, () => blockXhtml);
  }
  const signatures = signatureBlockPattern.exec(storage);
  if (signatures) return storage.slice(0, signatures.index) + blockXhtml + storage.slice(signatures.index);
  return storage + blockXhtml;
}
