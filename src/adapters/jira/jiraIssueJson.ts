import { z } from 'zod';
import {
  auditPropertyKey,
  type AuditIssueProperty,
  type JiraIssueSnapshot,
  type StatusCategory,
} from '../../ports/jira';
import type { ProductResponse } from './productResponse';

/** Jira's issue JSON as the app reads it back, and its refusals in one line of Jira's own words. */

export const IssueBean = z.object({
  id: z.string(),
  key: z.string(),
  self: z.string().optional(),
  fields: z
    .object({
      summary: z.string().nullish(),
      status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).optional() }).nullish(),
      duedate: z.string().nullish(),
      assignee: z.object({ accountId: z.string() }).nullish(),
      updated: z.string().nullish(),
      project: z.object({ key: z.string() }).nullish(),
    })
    .partial()
    .optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
type IssueBean = z.infer<typeof IssueBean>;

const AuditProperty = z.object({
  auditId: z.string().nullish(),
  findingId: z.string().nullish(),
  correctiveActionId: z.string().nullish(),
  reviewDecisionId: z.string().nullish(),
});

const ErrorBody = z.object({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
});
export const statusCategory = (key: string | undefined): StatusCategory =>
  key === 'done' ? 'done' : key === 'indeterminate' ? 'indeterminate' : 'new';

/** `https://site/rest/api/3/issue/10001` → `https://site/browse/NC-1`. */
export function browseUrlFrom(self: string | undefined, key: string): string | undefined {
  if (!self) return undefined;
  try {
    return `${new URL(self).origin}/browse/${key}`;
  } catch {
    return undefined;
  }
}

function auditPropertyOf(bean: IssueBean): AuditIssueProperty | null {
  const parsed = AuditProperty.safeParse(bean.properties?.[auditPropertyKey]);
  if (!parsed.success || bean.properties?.[auditPropertyKey] === undefined) return null;
  return {
    auditId: parsed.data.auditId ?? null,
    findingId: parsed.data.findingId ?? null,
    correctiveActionId: parsed.data.correctiveActionId ?? null,
    // Only a review decision's issue names one; the others keep their three-field shape.
    ...(parsed.data.reviewDecisionId ? { reviewDecisionId: parsed.data.reviewDecisionId } : {}),
  };
}

export function toSnapshot(bean: IssueBean): JiraIssueSnapshot {
  const fields = bean.fields ?? {};
  const browseUrl = browseUrlFrom(bean.self, bean.key);
  return {
    id: bean.id,
    key: bean.key,
    summary: fields.summary ?? '',
    projectKey: fields.project?.key ?? bean.key.replace(/-\d+$/, ''),
    status: { name: fields.status?.name ?? '', category: statusCategory(fields.status?.statusCategory?.key) },
    dueDate: fields.duedate ?? null,
    assigneeId: fields.assignee?.accountId ?? null,
    updated: fields.updated ?? '',
    audit: auditPropertyOf(bean),
    ...(browseUrl ? { browseUrl } : {}),
  };
}

/** Jira's words for a refusal: its error messages and per-field errors, in one line. */
export async function jiraMessage(response: ProductResponse): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(text));
    if (parsed.success) return messageOf(parsed.data);
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 500) || `Jira answered ${response.status}`;
}

export function messageOf(body: z.infer<typeof ErrorBody>): string {
  const parts = [
    ...(body.errorMessages ?? []),
    ...Object.entries(body.errors ?? {}).map(([field, message]) => `${field}: ${message}`),
  ];
  return parts.join('; ') || 'Jira refused it without saying why';
}
