import type { ResolverInput } from '../../../src/contract';

export type TrailAction = 'create' | 'update' | 'delete';

/** The filter form's values as typed: text stays text until the filter is applied. */
export interface TrailFilterDraft {
  recordType: string;
  recordId: string;
  actor: string;
  action: TrailAction | '';
  /** `datetime-local` values (`2025-03-12T14:30`), in the reader's time zone. */
  from: string;
  to: string;
}

/** The filter as `listAuditTrail` and `exportAuditTrail` take it. */
export type TrailFilter = Omit<ResolverInput<'exportAuditTrail'>, 'format'>;

export const emptyDraft: TrailFilterDraft = { recordType: '', recordId: '', actor: '', action: '', from: '', to: '' };

/** The form's fields as the backend names them in `error.field`. */
export const filterFieldPaths = {
  recordType: 'entityType',
  recordId: 'entityId',
  actor: 'actor',
  action: 'action',
  from: 'from',
  to: 'to',
} as const satisfies Record<keyof TrailFilterDraft, string>;

export type FilterResult =
  | { ok: true; filter: TrailFilter }
  | { ok: false; field: (typeof filterFieldPaths)[keyof TrailFilterDraft]; message: string };

function toIso(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The applied filter: empty fields left out, local date-times turned into UTC instants. */
export function filterFrom(draft: TrailFilterDraft): FilterResult {
  const filter: TrailFilter = {};
  if (draft.recordType.trim()) filter.entityType = draft.recordType.trim();
  if (draft.recordId.trim()) filter.entityId = draft.recordId.trim();
  if (draft.actor.trim()) filter.actor = draft.actor.trim();
  if (draft.action) filter.action = draft.action;
  if (draft.from) {
    const from = toIso(draft.from);
    if (!from) return { ok: false, field: 'from', message: 'Not a date and time' };
    filter.from = from;
  }
  if (draft.to) {
    const to = toIso(draft.to);
    if (!to) return { ok: false, field: 'to', message: 'Not a date and time' };
    filter.to = to;
  }
  if (filter.from && filter.to && filter.from > filter.to)
    return { ok: false, field: 'to', message: 'The end is before the start' };
  return { ok: true, filter };
}
