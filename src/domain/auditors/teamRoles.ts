import { z } from 'zod';

/**
 * The places on an audit team (ISO 19011 5.5.4, 7.2): the lead auditor, auditors, technical
 * experts who bring knowledge of the subject but do not audit, and trainees or observers who learn
 * under guidance. The lead is `plan.leadAuditorId`; every other member's place is in `plan.teamRoles`.
 */
export const TeamRole = z.enum(['lead', 'auditor', 'technicalExpert', 'trainee']);
export type TeamRole = z.infer<typeof TeamRole>;

/** The roles a team member (not the lead) can hold. */
export const MemberRole = TeamRole.exclude(['lead']);
export type MemberRole = z.infer<typeof MemberRole>;

export const teamRoleTitles: Record<TeamRole, string> = {
  lead: 'lead auditor',
  auditor: 'auditor',
  technicalExpert: 'technical expert',
  trainee: 'trainee/observer',
};

/** What the plan says about its team: enough for every rule here to read roles the same way. */
export interface TeamPlan {
  leadAuditorId: string | null;
  teamIds: readonly string[];
  /** Absent (audits planned before roles existed) or silent on someone: that member is an auditor. */
  teamRoles?: Readonly<Record<string, MemberRole>> | undefined;
}

/** The person's place on the audit, or null when they are not on its team. */
export function teamRoleOf(plan: TeamPlan, accountId: string): TeamRole | null {
  if (plan.leadAuditorId === accountId) return 'lead';
  if (!plan.teamIds.includes(accountId)) return null;
  return plan.teamRoles?.[accountId] ?? 'auditor';
}

/** The lead first, then the team in the plan's order, each with their place. */
export function teamWithRoles(plan: TeamPlan): Array<{ accountId: string; role: TeamRole }> {
  return [
    ...(plan.leadAuditorId ? [{ accountId: plan.leadAuditorId, role: 'lead' as const }] : []),
    ...plan.teamIds.map((accountId) => ({ accountId, role: teamRoleOf(plan, accountId) ?? ('auditor' as const) })),
  ];
}

/**
 * Who may put their name alone to a finding: the lead and auditors. A technical expert or a trainee
 * contributes what they saw, and a lead or auditor of the team records the finding (ISO 19011 5.5.4:
 * technical experts and trainees act under the direction of an auditor).
 */
export function maySignFindingsAlone(role: TeamRole | null): boolean {
  return role === 'lead' || role === 'auditor';
}
