import VisuallyHidden from '@atlaskit/visually-hidden';

export interface ChartTableProps {
  caption: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  testId?: string;
}

/**
 * The numbers behind a chart as a plain table that only screen readers see: the SVG says what it
 * shows in one sentence (role="img"), the table gives every figure.
 */
export function ChartTable({ caption, columns, rows, testId }: ChartTableProps) {
  return (
    <VisuallyHidden>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
