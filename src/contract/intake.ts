import { z } from 'zod';
import { FindingContent } from '../domain/audits/finding';
import { FindingSource, FindingSourceKind } from '../domain/findings/findingSource';
import type { TrackedIssueState } from '../domain/jira/trackedIssue';
import type { FindingView } from './audits';
import type { RaiseJobView } from './jira';
import type { CsvImportOutcome } from './programme';
import { csvText, reason, recordId, resolver } from './resolverSpec';

/** A nonconformity from outside an audit, with where its Jira issue stands. */
export interface NonconformityView extends FindingView {
  /** "Regulatory inspection: FDA 483-2026-0142, observation 3". */
  sourceTitle: string;
  /** null while it was never sent to Jira. */
  jiraState: TrackedIssueState | null;
  issueKey: string | null;
  /** Jira's status as the app last mirrored it. */
  jiraStatus: string | null;
}

/**
 * One intake for every nonconformity source (ISO 27001 10.2): certification audits, regulatory
 * inspections, incidents, monitoring, supplier audits, complaints, management reviews. Internal
 * audit findings keep their own resolvers (recordFinding on the audit); everything after intake —
 * raising, corrective action, closure — is the same path.
 */
export const intakeResolvers = {
  recordNonconformity: resolver<FindingView>()({
    input: z.object({ source: FindingSource, finding: FindingContent }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Record a nonconformity from a source other than an internal audit (inspection, complaint, incident…).',
  }),
  importInspectionObservations: resolver<{ nonconformities: NonconformityView[]; outcome: CsvImportOutcome }>()({
    input: z.object({ csv: csvText, reason }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "Import one inspection's observations from CSV, all lines or none; a line already imported is kept.",
  }),
  listNonconformities: resolver<{ nonconformities: NonconformityView[] }>()({
    input: z.object({ source: FindingSourceKind.optional() }).strict(),
    access: 'anyAppRole',
    summary: 'Nonconformities from outside audits, newest first, with their Jira state.',
  }),
  raiseNonconformityIssues: resolver<RaiseJobView>()({
    input: z.object({ findingIds: z.array(recordId).min(1).max(200) }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Raise Jira issues for the named nonconformities from outside audits, through the one raising path.',
  }),
} as const;
