import type { AreaView, ResolverInput } from '../../../../src/contract';
import { fieldPathsUnder } from '../../../shared/forms/fieldPaths';
import { changeReason } from '../../../shared/forms/changeReason';

/** An area while it is edited in the dialog. */
export interface AreaDraft {
  name: string;
  ownerId: string | null;
  memberIds: string[];
  likelihood: number;
  impact: number;
  itemIds: string[];
  reason: string;
}

export function areaDraft(area: AreaView | null): AreaDraft {
  if (!area) return { name: '', ownerId: null, memberIds: [], likelihood: 3, impact: 3, itemIds: [], reason: '' };
  return { ...area.area, memberIds: [...area.area.memberIds], itemIds: [...area.area.itemIds], reason: '' };
}

/** What `saveAuditableArea` is sent: no id creates the area. The backend checks every value. */
export function saveAreaInput(draft: AreaDraft, existing: AreaView | null): ResolverInput<'saveAuditableArea'> {
  return {
    ...(existing ? { id: existing.id } : {}),
    expectedVersion: existing ? existing.version : 0,
    area: {
      name: draft.name,
      // An empty owner is sent as such, so the backend names the field.
      ownerId: draft.ownerId ?? '',
      memberIds: draft.memberIds,
      likelihood: draft.likelihood,
      impact: draft.impact,
      itemIds: draft.itemIds,
    },
    ...changeReason(draft.reason),
  };
}

export const areaFieldPaths = fieldPathsUnder('area', [
  'name',
  'ownerId',
  'memberIds',
  'likelihood',
  'impact',
  'itemIds',
]);
