import ProgressBar from '@atlaskit/progress-bar';
import { Stack, Text } from '@atlaskit/primitives';
import type { CoverageView } from '../../../../src/contract';
import { Section } from '../../../shared/components/Section';
import type { ResolverQuery } from '../../../shared/useResolverQuery';
import { CoverageGaps } from './CoverageGaps';
import { CoverageMatrix } from './CoverageMatrix';
import { CoverageWarnings } from './CoverageWarnings';
import { QueryStatus } from '../../../shared/components/QueryStatus';

function CoverageBody({ coverage }: { coverage: CoverageView }) {
  const { summary } = coverage;
  const percent = summary.percentAudited;
  return (
    <Stack space="space.300">
      <Stack space="space.075">
        <Text testId="coverage-summary">
          <Text weight="bold" testId="coverage-audited">
            {summary.audited}
          </Text>{' '}
          of{' '}
          <Text weight="bold" testId="coverage-total">
            {summary.total}
          </Text>{' '}
          required clauses and applicable controls audited
          {percent === null ? '' : ` (${percent}%)`}; {summary.planned} planned, {summary.gap} open.
        </Text>
        <ProgressBar
          value={percent === null ? 0 : percent / 100}
          appearance={percent === 100 ? 'success' : 'default'}
          ariaLabel={`Coverage: ${percent ?? 0}% audited`}
          testId="coverage-progress"
        />
      </Stack>
      <CoverageWarnings warnings={coverage.warnings} willBeMissed={summary.willBeMissed} />
      <CoverageGaps coverage={coverage} />
      <CoverageMatrix coverage={coverage} />
      <Text size="small" color="color.text.subtlest">
        As of {coverage.asOf.today} ({coverage.asOf.timeZone}). Required: every clause 4–10 and every control the
        Statement of Applicability declares applicable. An audit counts once it is reporting or closed.
        {coverage.auditsOutsideCycle.length > 0
          ? ` ${coverage.auditsOutsideCycle.length} audit(s) start outside this cycle and are not counted.`
          : ''}
      </Text>
    </Stack>
  );
}

/** The cycle's coverage (9.2.2): what is audited, what is planned, and what will be missed. */
export function CoveragePanel({ query }: { query: ResolverQuery<CoverageView> }) {
  const { state } = query;
  return (
    <Section
      title="Coverage"
      description="Inside one cycle every clause and every applicable control is audited at least once."
      testId="coverage"
    >
      <QueryStatus
        query={query}
        loadingLabel="Computing the coverage"
        loadingTestId="coverage-loading"
        failureTitle="The coverage could not be computed"
        failureTestId="coverage-load-error"
      />
      {state.status === 'ok' ? <CoverageBody coverage={state.value} /> : null}
    </Section>
  );
}
