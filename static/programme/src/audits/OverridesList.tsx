import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { UtcTimestamp } from '../../../shared/components/UtcTimestamp';
import type { AuditView } from './planDraft';

/** Why the person needed the override, in the plan's words. */
const reasonWords = {
  owner: 'owner',
  member: 'member',
  controlOwner: 'control owner',
  processOwner: 'process owner',
} as const;

const rowStyles = xcss({
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  paddingBlock: 'space.150',
});

/** The impartiality overrides of an audit: who may audit what despite a conflict, why, and who signed. */
export function OverridesList({ overrides }: { overrides: AuditView['overrides'] }) {
  if (overrides.length === 0) {
    return (
      <Text color="color.text.subtle" testId="audit-overrides-empty">
        No impartiality override: nobody audits an area they own or work in, nor a control or process they own.
      </Text>
    );
  }
  return (
    <Stack space="space.0" testId="audit-overrides">
      {overrides.map(({ id, override, auditorName, approvedByName, areaName, signature }) => (
        <Box key={id} xcss={rowStyles} testId={`audit-override-${id}`}>
          <Inline space="space.300" spread="space-between" alignBlock="start" shouldWrap>
            <Stack space="space.075">
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Lozenge appearance="warning">Impartiality override</Lozenge>
                <Text weight="semibold">
                  {auditorName} may audit {areaName}
                </Text>
                <Text color="color.text.subtle">({reasonWords[override.reason]})</Text>
              </Inline>
              <Text testId={`audit-override-${id}-justification`}>{override.justification}</Text>
              {signature ? (
                <Text size="small" color="color.text.subtle" testId={`audit-override-${id}-signature`}>
                  Signed by {signature.signerName}: {signature.meaningWords}
                </Text>
              ) : (
                <Inline space="space.100" alignBlock="center">
                  <Lozenge appearance="danger">Not signed</Lozenge>
                  <Text size="small" color="color.text.danger">
                    Without {approvedByName}&apos;s current signature this override lifts nothing.
                  </Text>
                </Inline>
              )}
            </Stack>
            <UtcTimestamp iso={signature?.signedAt ?? override.approvedAt} testId={`audit-override-${id}-time`} />
          </Inline>
        </Box>
      ))}
    </Stack>
  );
}
