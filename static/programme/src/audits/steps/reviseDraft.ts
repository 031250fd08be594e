import type { FindingView, ResolverInput } from '../../../../../src/contract';
import type { FindingDraft } from '../findingDraft';

/** Correct or regrade (new content: a regrade when the grade differs), or withdraw the finding. */
export type ReviseKind = 'revise' | 'withdraw';

export interface ReviseDraft {
  kind: ReviseKind;
  content: FindingDraft;
  reason: string;
}

/** The revision form opens on the finding as it reads now. */
export function reviseDraftOf(view: FindingView): ReviseDraft {
  const { grade, itemId, areaId, requirement, evidence, gap } = view.finding.content;
  return { kind: 'revise', content: { grade, itemId, areaId, requirement, evidence, gap }, reason: '' };
}

export function reviseInput(view: FindingView, draft: ReviseDraft): ResolverInput<'reviseFinding'> {
  return {
    findingId: view.id,
    expectedVersion: view.version,
    change: draft.kind === 'withdraw' ? { kind: 'withdraw' } : { kind: 'revise', content: { ...draft.content } },
    reason: draft.reason,
  };
}
