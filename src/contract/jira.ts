import { z } from 'zod';
import { resolver, reason, expectedVersion, auditId, requiredReason, recordId, issueKey } from './resolverSpec';
import { JiraSettings } from '../domain/jira/jiraSettings';
import { TrackedSubject } from '../domain/jira/trackedIssue';
import type { FindingGrade } from '../domain/audits/finding';
import type { JiraMirror, TrackedIssueEvent, TrackedIssueState } from '../domain/jira/trackedIssue';

/** One thing the configured Jira projects cannot do, naming the settings field it comes from. */
export interface JiraSettingsProblem {
  field: string;
  message: string;
}

/**
 * What the configured projects offer, so the admin page can offer choices instead of free text.
 * A list is empty when its project cannot be read.
 */
export interface JiraProjectChoices {
  nonconformityIssueTypes: string[];
  correctiveActionIssueTypes: string[];
  /** The corrective-action project's statuses (the mapping moves its issues), with Jira's category. */
  statuses: Array<{ name: string; category: 'new' | 'indeterminate' | 'done' }>;
}

export interface JiraSettingsView {
  /** null until an admin saves the configuration; `suggested` is what the form starts from. */
  settings: JiraSettings | null;
  suggested: JiraSettings;
  version: number;
  /** Checked against the live projects: statuses, issue types, the closed status's category. */
  problems: JiraSettingsProblem[];
  choices: JiraProjectChoices;
  /** The programme's working days and time zone, which the business-day due dates use. */
  workingDays: number[];
  timeZone: string;
}

export interface JiraSettingsCheck {
  problems: JiraSettingsProblem[];
  choices: JiraProjectChoices;
  /** Today in the programme's time zone: the day the example finding is raised. */
  exampleRaisedOn: string;
  /** Due dates for a finding raised today under the checked policy, per grade (null: none). */
  exampleDueDates: Record<FindingGrade, { plan: string | null; implementation: string | null }>;
}

/** A finding's or corrective action's Jira issue, as the programme page lists it. */
export interface TrackedIssueView {
  id: string;
  version: number;
  subject: TrackedSubject;
  subjectId: string;
  auditId: string | null;
  /** The finding's or action's title, for the list. */
  title: string;
  grade: FindingGrade | null;
  state: TrackedIssueState;
  issueKey: string | null;
  /** Site-relative link to the issue (`/browse/KEY`), when it has one: the frame puts it on its site. */
  issueUrl: string | null;
  jira: JiraMirror | null;
  lastError: string | null;
  history: TrackedIssueEvent[];
}

export interface RaiseFailureView {
  trackedId: string;
  subjectId: string;
  title: string;
  message: string;
}

/** A raise job's progress, counted from its tracked issues: it survives reloads and crashes. */
export interface RaiseJobView {
  jobId: string;
  auditId: string | null;
  requestedBy: string;
  requestedByName: string;
  requestedAt: string;
  total: number;
  done: number;
  failed: number;
  remaining: number;
  finished: boolean;
  failures: RaiseFailureView[];
}

export interface JiraIssuePick {
  key: string;
  summary: string;
  status: string;
}

/** How findings become Jira issues: settings, raising, linking and what Jira reports back. */
export const jiraResolvers = {
  getJiraSettings: resolver<JiraSettingsView>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary:
      "How findings become Jira issues: projects, issue types, statuses, due-date policy, and what the projects can't do.",
  }),
  checkJiraSettings: resolver<JiraSettingsCheck>()({
    input: z.object({ settings: JiraSettings }).strict(),
    access: ['programmeManager'],
    summary: 'Check a Jira configuration against the live projects and show the due dates it gives, without saving.',
  }),
  saveJiraSettings: resolver<JiraSettingsView>()({
    input: z.object({ settings: JiraSettings, expectedVersion, reason }).strict(),
    access: ['programmeManager'],
    summary: "Save the Jira configuration; refused with the field named when the projects can't satisfy it.",
  }),
  raiseFindingIssues: resolver<RaiseJobView>()({
    input: z.object({ auditId, findingIds: z.array(recordId).min(1).max(1000).optional() }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "Raise Jira issues for one audit's findings (all without an issue, or those named) in a queued job.",
  }),
  getRaiseJob: resolver<RaiseJobView>()({
    input: z.object({ jobId: recordId }).strict(),
    access: 'anyAppRole',
    summary: 'A raise job’s progress: done, failed (with each message) and remaining.',
  }),
  listRaiseJobs: resolver<{ jobs: RaiseJobView[] }>()({
    input: z.object({ auditId: auditId.optional() }).strict(),
    access: 'anyAppRole',
    summary: 'Raise jobs, newest first (the page finds a running one after a reload).',
  }),
  listTrackedIssues: resolver<{ issues: TrackedIssueView[] }>()({
    input: z.object({ auditId: auditId.optional(), subject: TrackedSubject.optional() }).strict(),
    access: 'anyAppRole',
    summary: 'Findings and corrective actions with their Jira issues, states and last known Jira status.',
  }),
  searchJiraIssues: resolver<{ issues: JiraIssuePick[] }>()({
    input: z
      .object({ query: z.string().trim().min(1, 'Type an issue key, words of its summary, or JQL').max(1000) })
      .strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Find Jira issues to link, by key, summary words or JQL, as the caller (their permissions).',
  }),
  linkFindingIssue: resolver<TrackedIssueView>()({
    input: z.object({ findingId: recordId, issueKey }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: 'Link a finding to an existing Jira issue the caller may edit, instead of raising a new one.',
  }),
  unlinkFindingIssue: resolver<TrackedIssueView>()({
    input: z.object({ findingId: recordId, reason: requiredReason }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "Unlink a finding's Jira issue; the history keeps it, and the finding can be raised or linked again.",
  }),
} as const;
