import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { AuditView } from './planDraft';

const rowStyles = xcss({
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  paddingBlock: 'space.100',
});

/** An owned scope line in plain words: the SoA control, or the process whose clause it is. */
function ownedLine(owned: AuditView['assignments'][number]['ownership'][number]): string {
  return owned.reason === 'controlOwner'
    ? `Owns control ${owned.itemId} in the Statement of Applicability`
    : `Runs ${owned.process ?? 'the process'}, which ${owned.itemId} examines`;
}

const roleTitles = {
  lead: 'Lead auditor',
  auditor: 'Auditor',
  technicalExpert: 'Technical expert',
  trainee: 'Trainee/observer',
} as const;

interface AssignmentChecksPanelProps {
  view: AuditView;
  areaName: (areaId: string) => string;
}

/** For the lead and each team member: competence, certificates about to expire, and conflicts. */
export function AssignmentChecksPanel({ view, areaName }: AssignmentChecksPanelProps) {
  if (view.assignments.length === 0) {
    return (
      <Text color="color.text.subtle" testId="audit-checks-empty">
        Nobody is assigned yet. Choose a lead auditor in the plan.
      </Text>
    );
  }
  const teamGaps = view.assignments[0]?.teamUncoveredItems ?? [];
  return (
    <Stack space="space.0" testId="audit-checks">
      {teamGaps.length > 0 ? (
        <Text size="small" color="color.text.danger" testId="audit-checks-team-gaps">
          No competence domain in the team covers {teamGaps.join(', ')}: add an auditor or technical expert who knows
          it.
        </Text>
      ) : null}
      {view.assignments.map((check) => {
        const lifted = check.conflicts.filter(
          (conflict) => !check.blockingConflicts.some((blocking) => blocking.areaId === conflict.areaId),
        );
        const ownership = check.ownership ?? [];
        const blockingOwnership = check.blockingOwnership ?? [];
        const liftedOwnership = ownership.filter(
          (owned) => !blockingOwnership.some((blocking) => blocking.itemId === owned.itemId),
        );
        // An area or an owned line still blocking outweighs any override already signed.
        const blocked = check.blockingConflicts.length > 0 || blockingOwnership.length > 0;
        const overridden = check.conflicts.length > 0 || ownership.length > 0;
        return (
          <Box key={`${check.role}-${check.accountId}`} xcss={rowStyles} testId={`audit-check-${check.accountId}`}>
            <Stack space="space.075">
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Text weight="semibold">{check.name}</Text>
                <Lozenge appearance="neutral">{roleTitles[check.teamRole]}</Lozenge>
                {check.roleProblem ? (
                  <Lozenge appearance="danger" testId={`audit-check-${check.accountId}-role`}>
                    App role missing
                  </Lozenge>
                ) : null}
                {check.competence.competent ? (
                  <Lozenge appearance="success">Competent</Lozenge>
                ) : (
                  <Lozenge appearance="danger">Not competent</Lozenge>
                )}
                {blocked ? (
                  <Lozenge appearance="danger" testId={`audit-check-${check.accountId}-blocked`}>
                    Impartiality conflict
                  </Lozenge>
                ) : overridden ? (
                  <Lozenge appearance="warning">Allowed by override</Lozenge>
                ) : (
                  <Lozenge appearance="success">Independent</Lozenge>
                )}
              </Inline>
              {check.roleProblem ? (
                <Text size="small" color="color.text.danger">
                  {check.roleProblem}: a programme manager can grant it under Settings &amp; people.
                </Text>
              ) : null}
              {check.competence.reasons.map((reason) => (
                <Text key={reason} size="small" color="color.text.danger">
                  {reason}
                </Text>
              ))}
              {blockingOwnership.map((owned) => (
                <Text key={`owns-${owned.itemId}`} size="small" color="color.text.danger">
                  {ownedLine(owned)}: may not audit it without a signed override.
                </Text>
              ))}
              {check.competence.expiringSoon.map((certificate) => (
                <Text key={certificate.certificate} size="small" color="color.text.warning">
                  Certificate {certificate.certificate} expires on {certificate.expiresOn} (
                  {certificate.daysLeft === 0 ? 'today' : `in ${certificate.daysLeft} days`})
                </Text>
              ))}
              {check.blockingConflicts.map((conflict) => (
                <Text key={conflict.areaId} size="small" color="color.text.danger">
                  {conflict.reason === 'owner' ? 'Owns' : 'Works in'} {areaName(conflict.areaId)}: may not audit it
                  without a signed override.
                </Text>
              ))}
              {lifted.map((conflict) => (
                <Text key={conflict.areaId} size="small" color="color.text.subtle">
                  {conflict.reason === 'owner' ? 'Owns' : 'Works in'} {areaName(conflict.areaId)}: allowed by a
                  programme manager&apos;s signed override (below).
                </Text>
              ))}
              {liftedOwnership.map((owned) => (
                <Text key={`owned-${owned.itemId}`} size="small" color="color.text.subtle">
                  {ownedLine(owned)}: allowed by a programme manager&apos;s signed override (below).
                </Text>
              ))}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
}
