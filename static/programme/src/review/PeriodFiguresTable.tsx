import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import type { PeriodFiguresView } from '../../../../src/contract';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';

const orBlank = (value: number | null, unit = '') => (value === null ? '—' : `${value}${unit}`);

interface PeriodFiguresTableProps {
  figures: readonly PeriodFiguresView[];
  onEdit?: (figures: PeriodFiguresView) => void;
}

const columns: RecordColumn<PeriodFiguresView>[] = [
  { key: 'month', header: 'Month', cell: (month) => month.month },
  {
    key: 'incidents',
    header: 'Incidents',
    cell: (month) => (
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
  { key: 'hours', header: 'Mean hours to resolve', cell: (month) => orBlank(month.incidentHoursToResolve) },
  { key: 'training', header: 'Training complete', cell: (month) => orBlank(month.trainingCompletionPct, '%') },
  { key: 'note', header: 'Note', cell: (month) => month.note },
];

/** The recorded months: incidents (typed in or counted in Jira), time to resolve, training completion. */
export function PeriodFiguresTable({ figures, onEdit }: PeriodFiguresTableProps) {
  // Unlike the registers, the edit column stands even for readers (empty), as it always has.
  const editColumn: RecordColumn<PeriodFiguresView> = {
    key: 'edit',
    header: '',
    width: 8,
    cell: (month) =>
      onEdit ? (
        <Button spacing="compact" onClick={() => onEdit(month)} testId={`figures-edit-${month.month}`}>
          Edit
        </Button>
      ) : null,
  };
  return (
    <RecordTable
      columns={[...columns, editColumn]}
      records={figures}
      recordKey={(month) => month.month}
      rowTestId={(month) => `figures-row-${month.month}`}
      tableTestId="figures-table"
    />
  );
}
