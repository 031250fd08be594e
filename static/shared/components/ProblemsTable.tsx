import DynamicTable from '@atlaskit/dynamic-table';
import { Box } from '@atlaskit/primitives';
import type { Problem } from '../../../src/contract';

interface ProblemsTableProps {
  problems: readonly Problem[];
  /** What the lines are, for the table's accessible name, e.g. "the areas file". */
  source: string;
  testId?: string;
}

/** Every problem of an input with many parts (a CSV file): line, column and what is wrong. */
export function ProblemsTable({ problems, source, testId = 'problems-table' }: ProblemsTableProps) {
  const head = {
    cells: [
      { key: 'line', content: 'Line', width: 8 },
      { key: 'column', content: 'Column', width: 20 },
      { key: 'message', content: 'Problem' },
    ],
  };
  const rows = problems.map((problem, index) => ({
    key: `${problem.line}-${problem.column}-${index}`,
    testId: `${testId}-row`,
    cells: [
      { key: 'line', content: String(problem.line) },
      { key: 'column', content: problem.column },
      { key: 'message', content: problem.message },
    ],
  }));
  return (
    <Box testId={testId}>
      <DynamicTable label={`Problems in ${source}`} head={head} rows={rows} rowsPerPage={20} />
    </Box>
  );
}
