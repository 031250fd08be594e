import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { CorrectiveActionView } from '../../../src/contract';

type Extension = CorrectiveActionView['extensions'][number];

/** An approval counts only once signed: an unsigned one is shown as such, not as granted. */
function decisionWords(e: Extension): { label: string; appearance: 'success' | 'removed' | 'moved' | 'default' } {
  const decision = e.extension.decision;
  if (!decision) return { label: 'Waiting for a decision', appearance: 'moved' };
  if (decision.result === 'refused') return { label: 'Refused', appearance: 'removed' };
  return e.signed
    ? { label: 'Approved, signed', appearance: 'success' }
    : { label: 'Approved, not signed', appearance: 'default' };
}

/** Every due-date extension asked for, oldest first: old and new date, why, who asked, who decided. */
export function Extensions({ extensions }: { extensions: CorrectiveActionView['extensions'] }) {
  if (extensions.length === 0) {
    return (
      <Text size="small" color="color.text.subtle" testId="panel-extensions-none">
        No extension asked for.
      </Text>
    );
  }
  return (
    <Stack space="space.100" testId="panel-extensions">
      <Text weight="semibold">Extensions</Text>
      {extensions.map((e, index) => {
        const { extension, requesterName, deciderName } = e;
        const words = decisionWords(e);
        return (
          <Stack key={e.id} space="space.025" testId={`panel-extension-${index}`}>
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Text testId={`panel-extension-${index}-dates`}>
                {extension.fromDate} → {extension.toDate}
              </Text>
              <Lozenge appearance={words.appearance} testId={`panel-extension-${index}-decision`}>
                {words.label}
              </Lozenge>
            </Inline>
            <Text size="small">{extension.justification}</Text>
            <Text size="small" color="color.text.subtle" testId={`panel-extension-${index}-who`}>
              Asked by {requesterName} on {extension.requestedAt.slice(0, 10)}
              {extension.decision
                ? ` · ${extension.decision.result === 'approved' ? 'approved' : 'refused'} by ${deciderName ?? extension.decision.by} on ${extension.decision.at.slice(0, 10)}`
                : ''}
              {extension.decision?.note ? ` · “${extension.decision.note}”` : ''}
            </Text>
          </Stack>
        );
      })}
    </Stack>
  );
}
