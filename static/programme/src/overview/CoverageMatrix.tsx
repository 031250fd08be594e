import DynamicTable from '@atlaskit/dynamic-table';
import ProgressBar from '@atlaskit/progress-bar';
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';
import type { CoverageView } from '../../../../src/contract';
import { percentText } from './coverageWords';

/** A matrix row, or the totals row (which has no theme). */
type MatrixRow = Omit<CoverageView['matrix'][number], 'row'> & { row: string };

const barStyles = xcss({ minWidth: '6rem', flexGrow: 1 });

const columns = [
  { key: 'audited', title: 'Audited' },
  { key: 'planned', title: 'Planned' },
  { key: 'gap', title: 'Gap' },
  { key: 'willBeMissed', title: 'Will be missed' },
] as const;

function CountCell({ count, kind }: { count: number; kind: (typeof columns)[number]['key'] }) {
  const alarming = count > 0 && (kind === 'gap' || kind === 'willBeMissed');
  return (
    <Text weight={alarming ? 'bold' : 'regular'} color={alarming ? 'color.text.danger' : 'color.text'}>
      {count}
    </Text>
  );
}

function AuditedBar({ row }: { row: Pick<MatrixRow, 'audited' | 'total' | 'label'> }) {
  return (
    <Inline space="space.100" alignBlock="center">
      <Box xcss={barStyles}>
        <ProgressBar
          value={row.total === 0 ? 0 : row.audited / row.total}
          appearance={row.total > 0 && row.audited === row.total ? 'success' : 'default'}
          ariaLabel={`${row.label}: ${percentText(row.audited, row.total)} audited`}
        />
      </Box>
      <Text size="small">{percentText(row.audited, row.total)}</Text>
    </Inline>
  );
}

/**
 * The coverage matrix: the clauses and each Annex A theme against audited / planned / gap / will be
 * missed, with the share already audited, and the whole programme's totals last.
 */
export function CoverageMatrix({ coverage }: { coverage: CoverageView }) {
  const head = {
    cells: [
      { key: 'row', content: 'Requirements' },
      { key: 'total', content: 'Required', width: 9 },
      ...columns.map((column) => ({ key: column.key, content: column.title, width: 9 })),
      { key: 'percent', content: 'Audited so far', width: 22 },
    ],
  };
  const rowOf = (row: MatrixRow, testId: string, isTotal = false) => ({
    key: row.row,
    testId,
    cells: [
      { key: 'row', content: <Text weight={isTotal ? 'bold' : 'medium'}>{row.label}</Text> },
      { key: 'total', content: <Text weight={isTotal ? 'bold' : 'regular'}>{row.total}</Text> },
      ...columns.map((column) => ({
        key: column.key,
        content: <CountCell count={row[column.key]} kind={column.key} />,
      })),
      { key: 'percent', content: <AuditedBar row={row} /> },
    ],
  });
  const { total: required, audited, planned, gap, willBeMissed } = coverage.summary;
  const total: MatrixRow = {
    row: 'total',
    label: 'All required',
    total: required,
    audited,
    planned,
    gap,
    willBeMissed,
  };
  const rows = [
    ...coverage.matrix.map((row) => rowOf(row, `coverage-row-${row.row}`)),
    rowOf(total, 'coverage-row-total', true),
  ];
  return (
    <Box testId="coverage-matrix">
      <DynamicTable label="Coverage by clauses and Annex A theme" head={head} rows={rows} />
    </Box>
  );
}
