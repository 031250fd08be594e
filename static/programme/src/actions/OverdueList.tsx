import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Box, Text } from '@atlaskit/primitives';
import type { OverdueItem } from '../../../../src/contract';
import { daysWord } from './issueWords';

/** Overdue plans and actions across the programme, oldest first, with their age in days. */
export function OverdueList({ today, items }: { today: string; items: readonly OverdueItem[] }) {
  const head = {
    cells: [
      { key: 'what', content: 'Overdue' },
      { key: 'kind', content: 'Late step' },
      { key: 'issue', content: 'Issue' },
      { key: 'owner', content: 'Owner' },
      { key: 'due', content: 'Due' },
      { key: 'age', content: 'Days overdue' },
    ],
  };
  const rows = items.map((item) => ({
    key: `${item.kind}-${item.subjectId}`,
    testId: `overdue-row-${item.subjectId}`,
    cells: [
      { key: 'what', content: <Text weight="medium">{item.title}</Text> },
      {
        key: 'kind',
        content: item.kind === 'plan' ? 'Action plan not agreed' : 'Action not implemented',
      },
      { key: 'issue', content: item.issueKey ?? <Text color="color.text.subtlest">No issue</Text> },
      { key: 'owner', content: item.ownerName ?? <Text color="color.text.subtlest">No owner yet</Text> },
      { key: 'due', content: item.dueDate },
      {
        key: 'age',
        content: (
          <Lozenge appearance="removed" testId={`overdue-age-${item.subjectId}`}>
            {daysWord(item.daysOverdue)}
          </Lozenge>
        ),
      },
    ],
  }));
  return (
    <Box testId="overdue">
      <DynamicTable
        label={`Overdue on ${today}`}
        head={head}
        rows={rows}
        rowsPerPage={20}
        emptyView={
          <Text color="color.text.subtle" testId="overdue-empty">
            Nothing is overdue on {today}.
          </Text>
        }
      />
    </Box>
  );
}
