import type { JiraContext } from './context';
import { issueFields } from './issueJson';
import type { ChangelogItem, IssueEvent, StoredIssue } from './model';
import { actingAccountId, type Actor } from './permissions';

/**
 * Forge's `avi:jira:*:issue` events (docs/forge.md), fired after the change is stored:
 * - created: every issue created (single or bulk);
 * - updated: an edit that changed a field, a transition, and an app field value change — each
 *   with a changelog of what changed;
 * - deleted: a deleted issue, with its fields as they were.
 * Property changes, comments and links do not fire them (Jira has separate events for those).
 * `selfGenerated` is true when the change came from the app (asApp), which `ignoreSelf` filters.
 */
export function emitIssueEvent(
  ctx: JiraContext,
  eventType: IssueEvent['eventType'],
  issue: StoredIssue,
  actor: Actor,
  changelog?: ChangelogItem[],
  fields: Record<string, unknown> = eventFields(ctx, issue),
): void {
  const atlassianId = actingAccountId(actor);
  ctx.emit({
    eventType,
    issue: { id: issue.id, key: issue.key, fields },
    ...(atlassianId ? { atlassianId } : {}),
    ...(changelog ? { changelog: { items: changelog } } : {}),
    timestamp: ctx.clock().getTime(),
    selfGenerated: actor.kind === 'app',
  });
}

export const eventFields = (ctx: JiraContext, issue: StoredIssue) =>
  issueFields(ctx, issue, ctx.fields.navigableFieldIds());

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
};

/** The plain text of an ADF document, for the description's changelog strings. */
function adfText(doc: unknown): string | null {
  if (doc === null || doc === undefined) return null;
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    const record = node as { text?: unknown; content?: unknown };
    if (typeof record.text === 'string') parts.push(record.text);
    if (Array.isArray(record.content)) record.content.forEach(walk);
  };
  walk(doc);
  return parts.join(' ');
}

/** What changed between two versions of an issue, as Jira's changelog items. */
export function changelogItems(ctx: JiraContext, before: StoredIssue, after: StoredIssue): ChangelogItem[] {
  const items: ChangelogItem[] = [];
  const push = (
    field: string,
    fieldId: string,
    from: string | null,
    fromString: string | null,
    to: string | null,
    toString: string | null,
  ) => items.push({ field, fieldId, from, fromString, to, toString });
  const userName = (accountId: string | null) =>
    accountId === null
      ? null
      : (ctx.users.get(accountId)?.displayName ??
        (accountId === ctx.appUser.accountId ? ctx.appUser.displayName : accountId));

  if (before.summary !== after.summary) push('summary', 'summary', null, before.summary, null, after.summary);
  if (JSON.stringify(before.description) !== JSON.stringify(after.description)) {
    push('description', 'description', null, adfText(before.description), null, adfText(after.description));
  }
  if (before.issueTypeId !== after.issueTypeId) {
    const name = (id: string) => ctx.issueType(id)?.name ?? id;
    push(
      'issuetype',
      'issuetype',
      before.issueTypeId,
      name(before.issueTypeId),
      after.issueTypeId,
      name(after.issueTypeId),
    );
  }
  if (before.statusId !== after.statusId) {
    const name = (id: string) => ctx.status(id)?.name ?? id;
    push('status', 'status', before.statusId, name(before.statusId), after.statusId, name(after.statusId));
  }
  if ((before.resolutiondate === null) !== (after.resolutiondate === null)) {
    const [from, to] = before.resolutiondate === null ? [null, '10000'] : ['10000', null];
    push('resolution', 'resolution', from, from && 'Done', to, to && 'Done');
  }
  if (before.duedate !== after.duedate)
    push('duedate', 'duedate', before.duedate, before.duedate, after.duedate, after.duedate);
  if (before.assignee !== after.assignee) {
    push('assignee', 'assignee', before.assignee, userName(before.assignee), after.assignee, userName(after.assignee));
  }
  if (before.reporter !== after.reporter) {
    push('reporter', 'reporter', before.reporter, userName(before.reporter), after.reporter, userName(after.reporter));
  }
  if (before.labels.join(' ') !== after.labels.join(' ')) {
    push('labels', 'labels', null, before.labels.join(' ') || null, null, after.labels.join(' ') || null);
  }
  for (const field of ctx.fields.appFields) {
    const from = text(before.customFields[field.id]);
    const to = text(after.customFields[field.id]);
    if (from !== to) push(field.name, field.id, null, from, null, to);
  }
  return items;
}
