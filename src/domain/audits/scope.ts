import { catalogue, clauseIds, compareCatalogueIds } from '../catalogue/catalogue';
import { applicableControls, type StatementOfApplicability } from '../soa/soa';

/** Clauses with sub-clauses (6.1, 7.5, 9.2, 9.3): audited through their sub-clauses. */
const parents = new Set(
  catalogue.filter((item) => catalogue.some((other) => other.id.startsWith(`${item.id}.`))).map((item) => item.id),
);

/** The clauses an audit can give a result to: every clause without sub-clauses. */
export const leafClauseIds: readonly string[] = Object.freeze(clauseIds.filter((id) => !parents.has(id)));

/**
 * The checklist lines a scope asks for, in catalogue order: a parent clause stands for its
 * sub-clauses (scope `9.2` → lines 9.2.1 and 9.2.2), everything else for itself, each once.
 */
export function expandScope(itemIds: readonly string[]): string[] {
  const lines = new Set<string>();
  for (const id of itemIds) {
    if (parents.has(id)) {
      for (const child of catalogue) if (child.id.startsWith(`${id}.`) && !parents.has(child.id)) lines.add(child.id);
    } else {
      lines.add(id);
    }
  }
  return [...lines].sort(compareCatalogueIds);
}

/**
 * What one cycle must cover (9.2.2, docs/domain.md "Coverage"): every clause 4–10 (as leaf clauses)
 * and every control the SoA declares applicable. Excluding a control in the SoA drops it here at once.
 */
export function requiredItems(soa: StatementOfApplicability): string[] {
  return [...leafClauseIds, ...applicableControls(soa)];
}
