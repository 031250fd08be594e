import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';
import { isJiraTimestamp, type IssueObservation } from './mirrorObservation';

const StatusCategoryKey = z.enum(['new', 'indeterminate', 'done']);

/**
 * The part of a Forge `avi:jira:{created,updated,deleted}:issue` event the mirror reads. Other
 * members are left alone (Jira adds fields freely); what is read is checked, so a payload that
 * does not say what the mirror needs is refused rather than half-applied.
 */
export const JiraIssueEventPayload = z.object({
  eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue']),
  issue: z.object({
    id: z.string().min(1),
    key: z.string().min(1),
    fields: z
      .object({
        status: z.object({ name: z.string().min(1), statusCategory: z.object({ key: StatusCategoryKey }) }).optional(),
        duedate: IsoDate.nullable().optional(),
        assignee: z
          .object({ accountId: z.string().min(1) })
          .nullable()
          .optional(),
        updated: z.string().refine(isJiraTimestamp, 'Not a Jira timestamp').optional(),
      })
      .default({}),
    /** Forge does not promise issue properties in the payload; when present, the app's is read. */
    properties: z.record(z.string(), z.unknown()).optional(),
  }),
  atlassianId: z.string().optional(),
  /** When Jira raised the event (epoch ms): the order of last resort when `updated` is absent. */
  timestamp: z.number().int().nonnegative().optional(),
});
export type JiraIssueEventPayload = z.infer<typeof JiraIssueEventPayload>;

/** The app's `iso27001-audit` property as a created event may carry it. */
export const AuditPropertyInEvent = z.object({
  auditId: z.string().nullable().optional(),
  findingId: z.string().nullable().optional(),
  correctiveActionId: z.string().nullable().optional(),
  reviewDecisionId: z.string().nullable().optional(),
});

/**
 * What the event says about the issue, or null when it carries no status or no time to order it
 * by (the mirror would have to guess). A due date or assignee the payload leaves out stays undefined (the
 * mirror keeps its own); `updated` falls back to the event's own time.
 */
export function observationOf(event: JiraIssueEventPayload): IssueObservation | null {
  const { fields } = event.issue;
  const updated = fields.updated ?? (event.timestamp === undefined ? null : new Date(event.timestamp).toISOString());
  if (!fields.status || updated === null) return null;
  return {
    status: fields.status.name,
    statusCategory: fields.status.statusCategory.key,
    dueDate: fields.duedate,
    assigneeId: fields.assignee === undefined ? undefined : (fields.assignee?.accountId ?? null),
    updated,
  };
}
