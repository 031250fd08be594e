import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { ObjectivesAndTargetsView } from '../../../../src/contract/objectives';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { Section } from '../../../shared/components/Section';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { KpiTargetForm } from './KpiTargetForm';
import { ObjectiveForm } from './ObjectiveForm';
import { kpiTitles, statusChoices } from './objectiveWords';

const levelWords = (level: { direction: string; target: number; tolerance: number }) =>
  `${level.direction === 'atLeast' ? 'at least' : 'at most'} ${level.target}${level.tolerance > 0 ? ` (tolerance ${level.tolerance})` : ''}`;

const statusWords = (status: string) => statusChoices.find((c) => c.value === status)?.label ?? status;

function TargetsTable({ view }: { view: ObjectivesAndTargetsView }) {
  if (view.targets.targets.length === 0) {
    return <Text testId="kpi-targets-none">No KPI target is set: every tile says “No target set”.</Text>;
  }
  return (
    <table data-testid="kpi-targets">
      <thead>
        <tr>
          <th scope="col">KPI</th>
          <th scope="col">Target</th>
        </tr>
      </thead>
      <tbody>
        {view.targets.targets.map((t) => (
          <tr key={t.kpi}>
            <td>{kpiTitles[t.kpi]}</td>
            <td>{levelWords(t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObjectivesTable({ view }: { view: ObjectivesAndTargetsView }) {
  if (view.objectives.length === 0) {
    return <Text testId="objectives-none">No information security objective is recorded.</Text>;
  }
  return (
    <table data-testid="objectives">
      <thead>
        <tr>
          <th scope="col">Objective</th>
          <th scope="col">Measure and target</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {view.objectives.map(({ id, objective }) => (
          <tr key={id} data-testid="objective-row">
            <td>{objective.title}</td>
            <td>
              {objective.measure.kind === 'kpi'
                ? `${kpiTitles[objective.measure.kpi]}: ${levelWords(objective.measure.level)}`
                : `${objective.measure.description}: ${objective.measure.target}`}
            </td>
            <td>{objective.ownerName}</td>
            <td>{objective.dueDate}</td>
            <td>{statusWords(objective.status)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Objectives and targets": the organisation's target per KPI (what the tiles are read against) and
 * its information-security objectives (ISO 27001 6.2); the programme manager sets both.
 */
export function ObjectivesSection({ canSet }: { canSet: boolean }) {
  const query = useResolverQuery('getObjectivesAndTargets', {});
  const { state, replace } = query;
  return (
    <Section
      title="Objectives and targets"
      description="The organisation's target per KPI, which the KPI tiles are read against, and its information security objectives (ISO 27001 6.2)."
      testId="objectives-and-targets"
    >
      <QueryStatus
        query={query}
        loadingLabel="Loading the objectives and targets"
        loadingTestId="objectives-loading"
        failureTitle="The objectives and targets could not be loaded"
        failureTestId="objectives-load-error"
      />
      {state.status === 'ok' ? (
        <Stack space="space.200">
          <Heading size="xsmall">KPI targets</Heading>
          <TargetsTable view={state.value} />
          {canSet ? (
            <KpiTargetForm key={state.value.targetsStamp.version} view={state.value} onSaved={replace} />
          ) : null}
          <Heading size="xsmall">Information security objectives</Heading>
          <ObjectivesTable view={state.value} />
          {canSet ? (
            <ObjectiveForm onSaved={replace} />
          ) : (
            <Text color="color.text.subtle">
              Only a programme manager sets objectives and targets; you can read them.
            </Text>
          )}
        </Stack>
      ) : null}
    </Section>
  );
}
