import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { cellStyle, headCellStyle } from './tableStyles';

/** What a macro's table holds, in small subtle print above it. */
export function TableCaption({ children }: { children: ReactNode }) {
  return (
    <caption style={{ textAlign: 'left', font: token('font.body.small'), color: token('color.text.subtle') }}>
      {children}
    </caption>
  );
}

/** The header row of a macro's table: one column header per name, in order. */
export function ColumnHeads({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col" style={headCellStyle}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A body cell of a macro's table. */
export function Cell({ children }: { children: ReactNode }) {
  return <td style={cellStyle}>{children}</td>;
}

/** The one row a macro's table shows when it has nothing to list, across all its columns. */
export function EmptyRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} style={cellStyle}>
        {children}
      </td>
    </tr>
  );
}
