import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { RecordColumn } from './RecordTable';

/** A register's first column: the record's name, sortable A to Z, with its small print beneath. */
export function nameColumn<Row>(
  key: string,
  header: string,
  name: (row: Row) => string,
  smallPrint: (row: Row) => ReactNode,
): RecordColumn<Row> {
  return {
    key,
    header,
    sortKey: (row) => name(row).toLocaleLowerCase(),
    cell: (row) => (
      <Stack space="space.0">
        <Text weight="medium">{name(row)}</Text>
        {smallPrint(row)}
      </Stack>
    ),
  };
}

/**
 * The Edit column of a register, offered only to those who may change its records (no `onEdit`,
 * no column), so a reader's table has no empty column at its end.
 */
export function editColumn<Row>(
  onEdit: ((row: Row) => void) | undefined,
  width: number,
  testId: (row: Row) => string,
): RecordColumn<Row>[] {
  if (!onEdit) return [];
  return [
    {
      key: 'edit',
      header: '',
      width,
      cell: (row) => (
        <Button spacing="compact" onClick={() => onEdit(row)} testId={testId(row)}>
          Edit
        </Button>
      ),
    },
  ];
}

/**
 * The Open column of a register whose records open below it; the open one shows as the primary
 * button and is the current record to a screen reader. (Atlaskit's selected button, hovered, puts
 * link blue on selected blue below 4.5:1 contrast.)
 */
export function openColumn<Row>(
  isOpen: (row: Row) => boolean,
  onOpen: (row: Row) => void,
  testId: (row: Row) => string,
  ariaLabel?: (row: Row) => string,
): RecordColumn<Row> {
  return {
    key: 'open',
    header: '',
    width: 8,
    cell: (row) => (
      <Button
        spacing="compact"
        onClick={() => onOpen(row)}
        appearance={isOpen(row) ? 'primary' : 'default'}
        aria-current={isOpen(row) ? 'true' : undefined}
        aria-label={ariaLabel?.(row)}
        testId={testId(row)}
      >
        Open
      </Button>
    ),
  };
}
