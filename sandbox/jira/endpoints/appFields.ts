import type { ProductAnswer } from '../../platform/product';
import { boolParam, jiraError, missingBody, noContent } from '../answers';
import type { Call, JiraContext } from '../context';
import { changelogItems, emitIssueEvent } from '../events';
import type { RegisteredField } from '../fieldRegistry';
import { isRecord, jiraTime, type StoredIssue } from '../model';

/**
 * Forge app field values (`PUT /app/field/{fieldIdOrKey}/value`, `POST /app/field/value`): the
 * only way to set a read-only app field, and only the app that declares the field may use it.
 * All updates are checked before any is applied. Each issue whose value changed gets `updated`
 * moved and one `avi:jira:updated:issue` event (its changelog left out with generateChangelog=false).
 */

interface FieldUpdate {
  field: RegisteredField;
  issueIds: unknown;
  value: unknown;
}

const fieldNotFound = (idOrKey: string) => jiraError(404, [`The custom field '${idOrKey}' was not found.`]);

function apply(ctx: JiraContext, call: Call, updates: FieldUpdate[]): ProductAnswer {
  if (call.actor.kind !== 'app') {
    return jiraError(403, ['Only the app that provides the custom field can update its values.']);
  }
  const changed = new Map<string, { before: StoredIssue; customFields: Record<string, unknown> }>();
  const seen = new Set<string>();
  for (const update of updates) {
    if (!Array.isArray(update.issueIds) || !update.issueIds.every((id) => Number.isInteger(id))) {
      return jiraError(400, ['issueIds must be a list of issue ids (integers).']);
    }
    const normalised = ctx.fields.normalise(update.field, update.value, (id) => ctx.users.has(id));
    if (!normalised.ok) return jiraError(400, [], { [update.field.id]: normalised.message });
    for (const issueId of update.issueIds as number[]) {
      const pair = `${update.field.id}:${issueId}`;
      if (seen.has(pair))
        return jiraError(400, [`The field ${update.field.id} is updated twice for issue ${issueId}.`]);
      seen.add(pair);
      const issue = ctx.store.issue(String(issueId));
      if (!issue) return jiraError(400, [`Issue with id ${issueId} does not exist.`]);
      const entry = changed.get(issue.id) ?? { before: issue, customFields: { ...issue.customFields } };
      if (normalised.value === null) delete entry.customFields[update.field.id];
      else entry.customFields[update.field.id] = normalised.value;
      changed.set(issue.id, entry);
    }
  }
  const withChangelog = boolParam(call.query, 'generateChangelog', true);
  const now = jiraTime(ctx.clock());
  const saved = ctx.store.transaction(() =>
    [...changed.values()].flatMap(({ before, customFields }) => {
      const edited: StoredIssue = { ...before, customFields };
      const items = changelogItems(ctx, before, edited);
      if (items.length === 0) return [];
      const after = { ...edited, updated: now };
      ctx.store.saveIssue(after);
      return [{ after, items }];
    }),
  );
  for (const { after, items } of saved) {
    emitIssueEvent(ctx, 'avi:jira:updated:issue', after, call.actor, withChangelog ? items : undefined);
  }
  return noContent();
}

export function updateCustomFieldValue(ctx: JiraContext, call: Call): ProductAnswer {
  const idOrKey = call.params.fieldIdOrKey!;
  const field = ctx.fields.appField(idOrKey);
  if (!field) return fieldNotFound(idOrKey);
  if (!isRecord(call.body) || !Array.isArray(call.body.updates)) return missingBody();
  const updates = call.body.updates.map((update) => ({
    field,
    issueIds: isRecord(update) ? update.issueIds : undefined,
    value: isRecord(update) ? update.value : undefined,
  }));
  return apply(ctx, call, updates);
}

export function updateMultipleCustomFieldValues(ctx: JiraContext, call: Call): ProductAnswer {
  if (!isRecord(call.body) || !Array.isArray(call.body.updates)) return missingBody();
  const updates: FieldUpdate[] = [];
  for (const update of call.body.updates) {
    const idOrKey = isRecord(update) && typeof update.customField === 'string' ? update.customField : '';
    const field = ctx.fields.appField(idOrKey);
    if (!field || !isRecord(update)) return fieldNotFound(idOrKey);
    updates.push({ field, issueIds: update.issueIds, value: update.value });
  }
  return apply(ctx, call, updates);
}
