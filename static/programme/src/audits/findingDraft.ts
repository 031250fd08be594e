import type { ResolverInput } from '../../../../src/contract';
import type { FindingGrade } from './auditWords';

export type FindingInput = ResolverInput<'recordFinding'>['finding'];

/** A finding being written: the grade, where it is, and its three statements. */
export interface FindingDraft {
  grade: FindingGrade;
  itemId: string;
  areaId: string;
  requirement: string;
  evidence: string;
  gap: string;
}

export function newFinding(itemId: string, areaId: string, grade: FindingGrade = 'minorNC'): FindingDraft {
  return { grade, itemId, areaId, requirement: '', evidence: '', gap: '' };
}

export function findingInput(draft: FindingDraft): FindingInput {
  return { ...draft };
}

/** The areas of the plan that carry the item, else all the plan's areas: where a finding is likely raised. */
export function likelyArea(
  itemId: string,
  planAreaIds: readonly string[],
  areas: ReadonlyArray<{ id: string; area: { itemIds: readonly string[] } }>,
): string {
  const carrying = areas.find((area) => planAreaIds.includes(area.id) && area.area.itemIds.includes(itemId));
  return carrying?.id ?? planAreaIds[0] ?? '';
}

/** An id fit for an HTML id attribute and a test id (`A.5.1` → `A-5-1`). */
export const domId = (itemId: string) => itemId.replace(/[^A-Za-z0-9_-]/g, '-');
