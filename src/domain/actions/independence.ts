/**
 * Who may verify a corrective action's effectiveness (ISO 27001 10.2 d, docs/domain.md "nothing closed
 * by the person who did the work"): never its implementer, and never the person the Jira issue is
 * assigned to (who answers for the work). Returns each reason the person is not independent.
 */
export function independenceProblems(people: {
  verifierId: string;
  implementerId: string | null;
  assigneeId: string | null;
}): Array<'implementer' | 'assignee'> {
  const problems: Array<'implementer' | 'assignee'> = [];
  if (people.implementerId !== null && people.verifierId === people.implementerId) problems.push('implementer');
  if (people.assigneeId !== null && people.verifierId === people.assigneeId) problems.push('assignee');
  return problems;
}

export const independenceWords: Record<'implementer' | 'assignee', string> = {
  implementer: 'implemented the action',
  assignee: "is the action's Jira assignee",
};
