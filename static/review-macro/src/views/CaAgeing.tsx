import { token } from '@atlaskit/tokens';
import type { CaAgeingItem, CaAgeingView } from '../../../../src/contract/review';
import { BarChart } from '../../../shared/charts/BarChart';
import { gradeColours, gradeLabels } from '../../../shared/charts/chartColours';
import { IssueLink } from './IssueLink';
import { Cell, ColumnHeads, EmptyRow, TableCaption } from './tableParts';
import { overdueStyle, tableStyle } from './tableStyles';

const columns = ['Issue', 'Action', 'Grade', 'State', 'Opened', 'Age (days)', 'Due', 'Owner'];

/** Overdue actions first (most overdue first), then the oldest: the order the macro contract promises. */
export function ageingOrder(items: readonly CaAgeingItem[]): CaAgeingItem[] {
  return [...items].sort((a, b) =>
    a.overdue !== b.overdue ? (a.overdue ? -1 : 1) : a.overdue ? b.daysOverdue - a.daysOverdue : b.ageDays - a.ageDays,
  );
}

/** Open corrective actions by age bucket and grade (stacked bars), then the actions themselves. */
export function CaAgeing({ view }: { view: CaAgeingView }) {
  const open = view.grid.reduce((sum, row) => sum + row.counts.reduce((a, b) => a + b, 0), 0);
  const overdue = view.items.filter((item) => item.overdue).length;
  const items = ageingOrder(view.items);
  return (
    <div>
      <BarChart
        testId="ca-ageing-chart"
        summary={`Open corrective actions by age on ${view.today}: ${open} open, ${overdue} overdue.`}
        caption="Open corrective actions per age bucket and grade"
        categoryLabel="Age"
        categories={view.buckets.map((bucket) => bucket.label)}
        series={view.grid.map((row) => ({
          key: row.grade,
          label: gradeLabels[row.grade],
          colour: gradeColours[row.grade],
          values: row.counts,
        }))}
        mode="stacked"
      />
      <table style={{ ...tableStyle, marginTop: token('space.150') }} data-testid="ca-ageing-items">
        <TableCaption>{items.length} open corrective actions, overdue first</TableCaption>
        <ColumnHeads columns={columns} />
        <tbody>
          {items.map((item) => (
            <tr key={item.correctiveActionId} data-testid="ca-row" data-overdue={item.overdue}>
              <Cell>
                <IssueLink issueKey={item.issueKey} />
              </Cell>
              <Cell>{item.title}</Cell>
              <Cell>{item.grade ? gradeLabels[item.grade] : '–'}</Cell>
              <Cell>{item.state}</Cell>
              <Cell>{item.openedOn}</Cell>
              <Cell>{item.ageDays}</Cell>
              <Cell>
                {item.dueDate ?? '–'}
                {item.overdue ? <span style={overdueStyle}> · {item.daysOverdue} days overdue</span> : null}
              </Cell>
              <Cell>{item.ownerName ?? '–'}</Cell>
            </tr>
          ))}
          {items.length === 0 ? <EmptyRow columns={columns.length}>No corrective action is open.</EmptyRow> : null}
        </tbody>
      </table>
    </div>
  );
}
