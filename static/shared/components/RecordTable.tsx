import DynamicTable from '@atlaskit/dynamic-table';
import { Text } from '@atlaskit/primitives';
import type { ComponentProps, ReactNode } from 'react';
import './recordTable.css';

/** One column of a register: its header words and what each record shows under it. */
export interface RecordColumn<Row> {
  key: string;
  /** The header words; an action column (Edit, Open) has none. */
  header: string;
  /** Width as a percentage of the table. */
  width?: number;
  /** Makes the column sortable, by this text of each record (e.g. a lower-cased name). */
  sortKey?: (row: Row) => string;
  cell: (row: Row) => ReactNode;
}

/** What the register hands to the table as it is: its accessible name, paging and loading state. */
type ShownAs = Pick<ComponentProps<typeof DynamicTable>, 'label' | 'rowsPerPage' | 'isLoading'>;

interface RecordTableProps<Row> extends ShownAs {
  columns: readonly RecordColumn<Row>[];
  records: readonly Row[];
  recordKey: (row: Row) => string;
  rowTestId: (row: Row) => string;
  /** The record open beside the table, if any. */
  isSelected?: (row: Row) => boolean;
  /** What the table says when there is no record, in place of its rows. */
  empty?: ReactNode;
  emptyTestId?: string;
  /** A sortable column the records start sorted by, A to Z. */
  sortedBy?: string;
  /** The test id of a box around the table. */
  testId?: string;
  /** The test id of the table itself, for registers that have no box around them. */
  tableTestId?: string;
}

/**
 * A register of records (audits, areas, auditors, SoA lines, roles, reviews...) as a table: the
 * columns say once what each record shows, so every register has the same header, sorting,
 * paging and empty state, and one place to change them.
 */
export function RecordTable<Row>({
  columns,
  records,
  recordKey,
  rowTestId,
  isSelected,
  sortedBy,
  empty,
  emptyTestId,
  testId,
  tableTestId,
  ...shownAs
}: RecordTableProps<Row>) {
  const head = {
    cells: columns.map(({ key, header, width, sortKey }) => ({
      key,
      content: header,
      ...(sortKey ? { isSortable: true } : {}),
      ...(width === undefined ? {} : { width }),
    })),
  };
  const rows = records.map((row) => ({
    key: recordKey(row),
    testId: rowTestId(row),
    ...(isSelected ? { isHighlighted: isSelected(row) } : {}),
    cells: columns.map(({ key, sortKey, cell }) => ({ key: sortKey ? sortKey(row) : key, content: cell(row) })),
  }));
  const table = (
    <DynamicTable
      {...shownAs}
      head={head}
      rows={rows}
      emptyView={
        empty === undefined ? undefined : (
          <Text color="color.text.subtle" testId={emptyTestId}>
            {empty}
          </Text>
        )
      }
      {...(sortedBy ? { defaultSortKey: sortedBy, defaultSortOrder: 'ASC' as const } : {})}
      testId={tableTestId}
    />
  );
  // The box carries the style of the open record's row (recordTable.css).
  return (
    <div className="record-table" data-testid={testId}>
      {table}
    </div>
  );
}
