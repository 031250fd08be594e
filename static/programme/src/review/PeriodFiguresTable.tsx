import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Stack, Text } from '@atlaskit/primitives';
import type { PeriodFiguresView } from '../../../../src/contract';

const orBlank = (value: number | null, unit = '') => (value === null ? '—' : `${value}${unit}`);

interface PeriodFiguresTableProps {
  figures: readonly PeriodFiguresView[];
  onEdit?: (figures: PeriodFiguresView) => void;
}

/** The recorded months: incidents (typed in or counted in Jira), time to resolve, training completion. */
export function PeriodFiguresTable({ figures, onEdit }: PeriodFiguresTableProps) {
  const head = {
    cells: [
      { key: 'month', content: 'Month' },
      { key: 'incidents', content: 'Incidents' },
      { key: 'hours', content: 'Mean hours to resolve' },
      { key: 'training', content: 'Training complete' },
      { key: 'note', content: 'Note' },
      { key: 'edit', content: '', width: 8 },
    ],
  };
  const rows = figures.map((month) => ({
    key: month.month,
    testId: `figures-row-${month.month}`,
    cells: [
      { key: 'month', content: month.month },
      {
        key: 'incidents',
        content: (
          <Stack space="space.0">
            <Text testId={`figures-incidents-${month.month}`}>{orBlank(month.incidents)}</Text>
            <Text size="small" color="color.text.subtlest">
              {month.incidentsSource === 'jql'
                ? `counted in Jira${month.countedAt ? ` ${month.countedAt.slice(0, 10)}` : ''}`
                : 'recorded'}
            </Text>
          </Stack>
        ),
      },
      { key: 'hours', content: orBlank(month.incidentHoursToResolve) },
      { key: 'training', content: orBlank(month.trainingCompletionPct, '%') },
      { key: 'note', content: month.note },
      {
        key: 'edit',
        content: onEdit ? (
          <Button spacing="compact" onClick={() => onEdit(month)} testId={`figures-edit-${month.month}`}>
            Edit
          </Button>
        ) : null,
      },
    ],
  }));
  return <DynamicTable head={head} rows={rows} testId="figures-table" />;
}
