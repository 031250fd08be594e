import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import { Fragment, type ReactNode } from 'react';
import type { ResolverError } from '../../../src/contract';
import { fieldMessage } from '../fieldMessage';

/** The most rows a reader may add to one list; the server refuses longer lists anyway. */
const MOST_ROWS = 20;

/** What one row may do to the list: change its own fields, or take itself out. */
export interface RowEdit<Row> {
  set: (change: Partial<Row>) => void;
  remove: () => void;
}

interface EditableRowsProps<Row> {
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** One row's fields, given how to change or remove it. */
  renderRow: (row: Row, index: number, edit: RowEdit<Row>) => ReactNode;
  /** The complaint about the list as a whole, shown under the rows. */
  complaint: { message: string | undefined; testId: string };
  /** The button that adds an empty row. */
  add: { label: string; testId: string; emptyRow: () => Row };
}

/**
 * A list the reader edits row by row (evidence links, other places, ISMS changes): one place for
 * how a row changes or goes, where the list's complaint shows, and how a row is added.
 */
export function EditableRows<Row>({ rows, onChange, renderRow, complaint, add }: EditableRowsProps<Row>) {
  const edit = (index: number): RowEdit<Row> => ({
    set: (change) => onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row))),
    remove: () => onChange(rows.filter((_, at) => at !== index)),
  });
  return (
    <>
      {rows.map((row, index) => (
        <Fragment key={index}>{renderRow(row, index, edit(index))}</Fragment>
      ))}
      <Complaint {...complaint} />
      <Inline>
        <Button
          spacing="compact"
          onClick={() => onChange([...rows, add.emptyRow()])}
          isDisabled={rows.length >= MOST_ROWS}
          testId={add.testId}
        >
          {add.label}
        </Button>
      </Inline>
    </>
  );
}

/** A complaint in small red words under what it is about, or nothing. */
export function Complaint({ message, testId }: { message: string | undefined; testId: string }) {
  return message ? (
    <Text color="color.text.danger" size="small" testId={testId}>
      {message}
    </Text>
  ) : null;
}

/**
 * The complaints about a list of a step's form: a row's own shows under the row; one about the
 * list as a whole shows under the list, unless a row already says it.
 */
export function listComplaints(error: ResolverError | null, path: string, count: number) {
  const at = (inner: string) => fieldMessage(error, `step.${inner}`) ?? fieldMessage(error, inner);
  const row = (index: number) => at(`${path}.${index}`);
  const anyRow = Array.from({ length: count }, (_, index) => row(index)).some(Boolean);
  return { row, list: anyRow ? undefined : at(path) };
}
