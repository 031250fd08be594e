import type { CheckResult } from '../audits/auditState';
import type { CriteriaSetContent } from './criteriaSet';
import { criterionKey, criterionRefOf, isoSetId } from './criterionRef';

type CrossReferenced = Pick<CriteriaSetContent, 'id' | 'crossReferences'>;

/**
 * Every criterion key one checklist line counts for: the one it cites, plus each requirement a
 * cross-reference ties to it. A cross-reference works both ways (the SOP section and the Annex A
 * control are tested by the same questions), so a line citing `sop-cs:4.2` counts for A.8.15 and a
 * line citing A.8.15 counts for `sop-cs:4.2`. Only one step is taken: two SOP sections tied to the
 * same control are not thereby tied to each other. Sorted, without repeats.
 */
export function countedKeys(key: string, sets: readonly CrossReferenced[]): string[] {
  const ref = criterionRefOf(key);
  const keys = new Set<string>([key]);
  for (const set of sets) {
    for (const { requirementId, isoId } of set.crossReferences) {
      if (ref.setId === set.id && ref.requirementId === requirementId) keys.add(isoId);
      if (ref.setId === isoSetId && ref.requirementId === isoId)
        keys.add(criterionKey({ setId: set.id, requirementId }));
    }
  }
  return [...keys].sort();
}

/** The requirement ids of one set a line counts for (for the ISO set: its clause and control ids). */
export function countedInSet(key: string, setId: string, sets: readonly CrossReferenced[]): string[] {
  return countedKeys(key, sets)
    .map(criterionRefOf)
    .filter((ref) => ref.setId === setId)
    .map((ref) => ref.requirementId);
}

/**
 * An audit's scope and results as one criteria set sees them: each line replaced by the
 * requirements of that set it counts for. For the ISO set and checklists that cite only ISO items,
 * with no cross-references, this is the audit as it was, so ISO coverage reads as before.
 */
export function auditSeenBySet<A extends { scope: string[]; results?: { itemId: string; result: CheckResult }[] }>(
  audit: A,
  setId: string,
  sets: readonly CrossReferenced[],
): A {
  const scope = [...new Set(audit.scope.flatMap((key) => countedInSet(key, setId, sets)))];
  const results = (audit.results ?? []).flatMap((line) =>
    countedInSet(line.itemId, setId, sets).map((itemId) => ({ itemId, result: line.result })),
  );
  return { ...audit, scope, results };
}
