import type { ProposedAudit } from './riskFrequency';

/**
 * The proposal laid over the audits the cycle already holds. The planner moves adopted audits,
 * removes some and plans others by hand, so what is "scheduled" is decided by dates, not by ids:
 * a proposed window is scheduled when an audit of its area falls in it. Pure: the app reads the
 * audits and says which proposal ids have a history (an audit created once, perhaps removed since).
 */

/** An audit of the cycle as the schedule sees it. */
export interface CycleAudit {
  id: string;
  areaIds: readonly string[];
  plannedStart: string;
  plannedEnd: string;
}

export type PlacementStatus =
  /** An audit of the area falls in the window. */
  | 'scheduled'
  /** Nothing of the area in the window: adopting plans it. */
  | 'toAdopt'
  /** The area carries no clauses or controls: a plan needs a scope. */
  | 'noScope'
  /** The audit adopted for this window once was removed or moved out of it; adopting never revives it. */
  | 'removedOrMoved'
  /** An audit of the area already runs in this month (one spanning two windows): never two in a month. */
  | 'monthTaken';

export interface PlacedProposal extends ProposedAudit {
  status: PlacementStatus;
  /** The audit in the window, when scheduled. */
  scheduledAs: string | null;
  /** Where an adopted audit stands among the area's audits of the cycle, in date order ("2 of 4"). */
  number: { occurrence: number; occurrences: number };
}

export interface PlacementContext {
  audits: readonly CycleAudit[];
  /** Areas carrying no clauses or controls. */
  areasWithoutScope: ReadonlySet<string>;
  /** Whether the audit this proposal would create has existed before (its id has a history). */
  hasHistory: (proposal: ProposedAudit) => boolean;
}

const overlaps = (a: { plannedStart: string; plannedEnd: string }, b: { plannedStart: string; plannedEnd: string }) =>
  a.plannedStart <= b.plannedEnd && b.plannedStart <= a.plannedEnd;

function statusOf(
  proposal: ProposedAudit,
  match: CycleAudit | undefined,
  areaAudits: readonly CycleAudit[],
  context: PlacementContext,
): PlacementStatus {
  if (match) return 'scheduled';
  if (context.areasWithoutScope.has(proposal.areaId)) return 'noScope';
  if (areaAudits.some((audit) => overlaps(audit, proposal))) return 'monthTaken';
  if (context.hasHistory(proposal)) return 'removedOrMoved';
  return 'toAdopt';
}

/**
 * Each proposal with its status, in the proposal's order. Within an area, windows take the audits
 * that fall in them earliest first, one audit a window. Audits to adopt are numbered among the
 * audits the area will have once adopted, in date order, so "2 of 4" never falls after "3 of 4".
 */
export function placeProposals(proposals: readonly ProposedAudit[], context: PlacementContext): PlacedProposal[] {
  const byArea = new Map<string, CycleAudit[]>();
  for (const audit of context.audits) {
    for (const areaId of audit.areaIds) byArea.set(areaId, [...(byArea.get(areaId) ?? []), audit]);
  }
  const taken = new Set<string>();
  const inDateOrder = [...proposals].sort((a, b) => (a.plannedStart < b.plannedStart ? -1 : 1));
  const placed = new Map<ProposedAudit, Omit<PlacedProposal, 'number'>>();
  for (const proposal of inDateOrder) {
    const areaAudits = byArea.get(proposal.areaId) ?? [];
    const match = [...areaAudits]
      .sort((a, b) => (a.plannedStart < b.plannedStart ? -1 : a.plannedStart > b.plannedStart ? 1 : 0))
      .find((audit) => !taken.has(audit.id) && overlaps(audit, proposal));
    if (match) taken.add(match.id);
    const status = statusOf(proposal, match, areaAudits, context);
    placed.set(proposal, { ...proposal, status, scheduledAs: match?.id ?? null });
  }
  return proposals.map((proposal) => {
    const entry = placed.get(proposal)!;
    // The area's audits once adopted: the ones it has, and the windows to adopt.
    const starts = [
      ...(byArea.get(proposal.areaId) ?? []).map((audit) => audit.plannedStart),
      ...[...placed.values()]
        .filter((p) => p.areaId === proposal.areaId && p.status === 'toAdopt')
        .map((p) => p.plannedStart),
    ].sort();
    const occurrence = entry.status === 'toAdopt' ? starts.indexOf(proposal.plannedStart) + 1 : proposal.occurrence;
    const occurrences = entry.status === 'toAdopt' ? starts.length : proposal.occurrences;
    return { ...entry, number: { occurrence, occurrences } };
  });
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why adopting would plan nothing, in plain words with the counts that are true; null when
 * something can be adopted. `gaps` is the number of requirements the cycle's audits leave uncovered.
 */
export function whyNothingToAdopt(placed: readonly PlacedProposal[], gaps: number): string | null {
  if (placed.some((p) => p.status === 'toAdopt')) return null;
  if (placed.length === 0) return 'Nothing to adopt: the programme has no auditable areas to propose audits for.';
  const count = (status: PlacementStatus) => placed.filter((p) => p.status === status).length;
  const areas = (status: PlacementStatus) =>
    new Set(placed.filter((p) => p.status === status).map((p) => p.areaId)).size;
  const reasons: string[] = [];
  if (count('scheduled') > 0)
    reasons.push(
      count('scheduled') === placed.length
        ? `every area already has its audits planned in the cycle (${plural(count('scheduled'), 'audit', 'audits')})`
        : `${plural(count('scheduled'), 'proposed audit is', 'proposed audits are')} already planned`,
    );
  if (count('noScope') > 0)
    reasons.push(`${plural(areas('noScope'), 'area carries', 'areas carry')} no clauses or controls to audit`);
  if (count('removedOrMoved') > 0)
    reasons.push(
      `${plural(count('removedOrMoved'), 'audit adopted earlier was', 'audits adopted earlier were')} removed or moved, and adopting never brings them back`,
    );
  if (count('monthTaken') > 0)
    reasons.push(
      `${plural(count('monthTaken'), 'window falls', 'windows fall')} in a month where the area already has an audit`,
    );
  const gapWords = gaps > 0 ? `${plural(gaps, 'requirement is a gap', 'requirements are gaps')} but ` : '';
  return `Nothing to adopt: ${gapWords}${reasons.join('; ')}.`;
}
