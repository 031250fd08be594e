import ProgressBar from '@atlaskit/progress-bar';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ResolverOutput } from '../../../../src/contract';
import type { QueryState } from '../../../shared/useResolverQuery';

/**
 * How much of what the cycle must cover has been audited: clauses 4–10 and the applicable
 * controls. An item counts once an audit with a result on it reaches reporting.
 */
export function CoverageLine({ state }: { state: QueryState<ResolverOutput<'getCoverage'>> }) {
  if (state.status !== 'ok') return null;
  const { total, audited, planned, gap, willBeMissed } = state.value.summary;
  return (
    <Stack space="space.075" testId="audits-coverage">
      <Inline space="space.150" shouldWrap>
        <Text weight="semibold" testId="audits-coverage-audited">
          {audited} of {total} audited
        </Text>
        <Text color="color.text.subtle" testId="audits-coverage-planned">
          {planned} planned
        </Text>
        <Text color={gap > 0 ? 'color.text.danger' : 'color.text.subtle'} testId="audits-coverage-gap">
          {gap} not planned
        </Text>
        {willBeMissed > 0 ? <Text color="color.text.warning">{willBeMissed} will be missed this cycle</Text> : null}
      </Inline>
      <ProgressBar
        value={total === 0 ? 0 : audited / total}
        ariaLabel={`${audited} of ${total} required clauses and controls audited this cycle`}
        testId="audits-coverage-bar"
      />
    </Stack>
  );
}
