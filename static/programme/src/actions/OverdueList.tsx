import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { OverdueItem } from '../../../../src/contract';
import { Placeholder } from '../../../shared/components/Placeholder';
import { RecordTable, type RecordColumn } from '../../../shared/components/RecordTable';
import { daysWord, overdueKindWords } from './issueWords';

const columns: RecordColumn<OverdueItem>[] = [
  { key: 'what', header: 'Overdue', cell: (item) => <Text weight="medium">{item.title}</Text> },
  {
    key: 'kind',
    header: 'Late step',
    cell: (item) => <Text testId={`overdue-kind-${item.subjectId}`}>{overdueKindWords[item.kind].step}</Text>,
  },
  { key: 'issue', header: 'Issue', cell: (item) => item.issueKey ?? <Placeholder>No issue</Placeholder> },
  {
    key: 'owner',
    header: 'Owner',
    cell: (item) => item.ownerName ?? <Placeholder>No owner yet</Placeholder>,
  },
  { key: 'due', header: 'Due', cell: (item) => item.dueDate },
  {
    key: 'age',
    header: 'Days overdue',
    cell: (item) => (
      <Lozenge appearance="removed" testId={`overdue-age-${item.subjectId}`}>
        {daysWord(item.daysOverdue)}
      </Lozenge>
    ),
  },
];

/** Overdue plans, actions and effectiveness checks across the programme, oldest first, with their age in days. */
export function OverdueList({ today, items }: { today: string; items: readonly OverdueItem[] }) {
  return (
    <RecordTable
      columns={columns}
      records={items}
      recordKey={(item) => `${item.kind}-${item.subjectId}`}
      rowTestId={(item) => `overdue-row-${item.subjectId}`}
      label={`Overdue on ${today}`}
      rowsPerPage={20}
      empty={<>Nothing is overdue on {today}.</>}
      emptyTestId="overdue-empty"
      testId="overdue"
    />
  );
}
