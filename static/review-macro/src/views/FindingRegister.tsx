import { token } from '@atlaskit/tokens';
import { useMemo, useState } from 'react';
import type { FindingRegisterView } from '../../../../src/contract/review';
import { gradeLabels } from '../../../shared/charts/chartColours';
import { filterRegister, noFilter, registerChoices, type FilterChoice, type RegisterFilter } from './findingFilters';
import { IssueLink } from './IssueLink';
import { Cell, ColumnHeads, EmptyRow, TableCaption } from './tableParts';
import { overdueStyle, selectStyle, tableStyle } from './tableStyles';

type ChoiceFilterKey = 'auditId' | 'source' | 'areaId' | 'grade' | 'itemId';

const columns = ['Issue', 'Grade', 'Clause or control', 'Audit', 'Area', 'Raised', 'Due', 'Status'];

/** The findings of the period as a table, filtered on the page by audit, area, grade, clause, status and overdue. */
export function FindingRegister({ view }: { view: FindingRegisterView }) {
  const [filter, setFilter] = useState<RegisterFilter>(noFilter);
  const choices = useMemo(() => registerChoices(view.rows), [view.rows]);
  const rows = filterRegister(view.rows, filter);
  const set = <K extends keyof RegisterFilter>(key: K, value: RegisterFilter[K]) =>
    setFilter((previous) => ({ ...previous, [key]: value }));
  const gradeChoices = choices.grades.map((choice) => ({
    value: choice.value,
    label: gradeLabels[choice.value as keyof typeof gradeLabels] ?? choice.value,
  }));
  // The filters that pick one value among those in the rows, in the order the page shows them.
  const choiceFilters: { key: ChoiceFilterKey; label: string; choices: FilterChoice[] }[] = [
    { key: 'auditId', label: 'Audit', choices: choices.audits },
    { key: 'source', label: 'Source', choices: choices.sources },
    { key: 'areaId', label: 'Area', choices: choices.areas },
    { key: 'grade', label: 'Grade', choices: gradeChoices },
    { key: 'itemId', label: 'Clause or control', choices: choices.items },
  ];

  return (
    <div>
      <div
        role="group"
        aria-label="Filter the findings"
        style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), marginBottom: token('space.100') }}
      >
        {choiceFilters.map(({ key, label, choices: offered }) => (
          <FilterSelect key={key} label={label} value={filter[key]} choices={offered} onChange={(v) => set(key, v)} />
        ))}
        <FilterSelect
          label="Status"
          value={filter.status === 'all' ? '' : filter.status}
          choices={[
            { value: 'open', label: 'Open' },
            { value: 'closed', label: 'Closed' },
          ]}
          onChange={(v) => set('status', v === 'open' || v === 'closed' ? v : 'all')}
        />
        <label style={{ ...labelStyle, flexDirection: 'row', alignItems: 'center', gap: token('space.050') }}>
          <input
            type="checkbox"
            checked={filter.overdueOnly}
            onChange={(event) => set('overdueOnly', event.target.checked)}
            data-testid="register-filter-overdue"
          />
          Overdue only
        </label>
      </div>
      <table style={tableStyle} data-testid="finding-register">
        <TableCaption>
          {rows.length} of {view.total} findings shown
          {view.total > view.rows.length
            ? ` (the page holds the first ${view.rows.length}; the CSV export has all)`
            : ''}
        </TableCaption>
        <ColumnHeads columns={columns} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.findingId} data-testid="finding-row">
              <Cell>
                <IssueLink issueKey={row.issueKey} url={row.issueUrl} />
              </Cell>
              <Cell>{gradeLabels[row.grade]}</Cell>
              <Cell>
                {row.itemId} {row.itemTitle}
              </Cell>
              <Cell>{row.auditTitle}</Cell>
              <Cell>{row.areaName}</Cell>
              <Cell>{row.raisedOn}</Cell>
              <Cell>
                {row.dueDate ?? '–'}
                {row.overdue ? <span style={overdueStyle}> · {row.daysOverdue} days overdue</span> : null}
              </Cell>
              <Cell>{row.status}</Cell>
            </tr>
          ))}
          {rows.length === 0 ? <EmptyRow columns={columns.length}>No finding matches.</EmptyRow> : null}
        </tbody>
      </table>
    </div>
  );
}

const labelStyle = {
  display: 'flex',
  flexDirection: 'column' as const,
  font: token('font.body.small'),
  color: token('color.text.subtle'),
};

function FilterSelect(props: {
  label: string;
  value: string;
  choices: FilterChoice[];
  onChange: (value: string) => void;
}) {
  return (
    <label style={labelStyle}>
      {props.label}
      <select style={selectStyle} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">All</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
