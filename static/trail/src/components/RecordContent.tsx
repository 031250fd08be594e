import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import { contentRows } from '../recordContent';

const listStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(7rem, max-content) minmax(0, 1fr)',
  columnGap: token('space.300', '24px'),
  rowGap: token('space.075', '6px'),
  margin: 0,
  padding: 0,
};
const termStyle: CSSProperties = { color: token('color.text.subtle', '#44546F'), margin: 0 };
const valueStyle: CSSProperties = { color: token('color.text', '#172B4D'), margin: 0, overflowWrap: 'anywhere' };

/** A record's content as a definition list (its keys in words; the stored key on hover). */
export function RecordContent({ content, testId }: { content: unknown; testId?: string }) {
  return (
    <dl style={listStyle} data-testid={testId}>
      {contentRows(content).map((row) => (
        <div key={row.key} style={{ display: 'contents' }}>
          <dt style={termStyle} title={row.key}>
            {row.label}
          </dt>
          <dd style={valueStyle}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
