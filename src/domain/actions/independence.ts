import { listInWords } from '../listInWords';

/** Each reason a person may not verify a corrective action's effectiveness. */
export type IndependenceProblem = 'implementer' | 'assignee' | 'planOwner' | 'areaPerson' | 'unqualified';

/**
 * Who may verify a corrective action's effectiveness (ISO 27001 10.2 d, docs/domain.md "nothing
 * closed by the person who did the work"): never its implementer, the person the Jira issue is
 * assigned to (who answers for the work), or the owner of its plan; never an owner or member of
 * an area its findings are in (they would judge their own area's fix); and only someone holding an
 * auditor certificate valid on the day. Returns each reason the person is not independent. The
 * workflow gate re-checks what it can see afresh (implementer and assignee); the rest are checked
 * when the verification is signed, and the signed record keeps who the plan owner was.
 */
export function independenceProblems(people: {
  verifierId: string;
  implementerId: string | null;
  assigneeId: string | null;
  planOwnerId?: string | null;
  /** Owners and members of the areas of the action's findings. */
  areaPeople?: readonly string[];
  /** Whether the verifier holds an auditor certificate valid today (undefined: not asked). */
  qualified?: boolean;
}): IndependenceProblem[] {
  const problems: IndependenceProblem[] = [];
  const is = (other: string | null | undefined) => other !== null && other !== undefined && other === people.verifierId;
  if (is(people.implementerId)) problems.push('implementer');
  if (is(people.assigneeId)) problems.push('assignee');
  if (is(people.planOwnerId)) problems.push('planOwner');
  if (people.areaPeople?.includes(people.verifierId)) problems.push('areaPerson');
  if (people.qualified === false) problems.push('unqualified');
  return problems;
}

export const independenceWords: Record<IndependenceProblem, string> = {
  implementer: 'implemented the action',
  assignee: "are the action's Jira assignee",
  planOwner: "own the action's plan",
  areaPerson: 'own or work in an area of its findings',
  unqualified: 'hold no auditor certificate valid today',
};

/** Every reason at once, as one clause: "implemented the action, are … and own the action's plan". */
export function independenceInWords(problems: readonly IndependenceProblem[]): string {
  return listInWords(problems.map((problem) => independenceWords[problem]));
}
