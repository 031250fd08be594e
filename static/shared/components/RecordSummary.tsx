import { Box, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

const termStyle: CSSProperties = { color: token('color.text.subtle', '#44546F'), margin: 0 };
const valueStyle: CSSProperties = { color: token('color.text', '#172B4D'), margin: 0, whiteSpace: 'pre-wrap' };

interface RecordSummaryProps {
  /** Term and value, in the order they are read. */
  rows: ReadonlyArray<readonly [string, string]>;
  /** The narrowest the terms' column gets (the programme's terms are longer than the settings'). */
  termWidth: string;
  /** Who may change the record, said below it. */
  note: string;
  testId: string;
}

/** A record for people who may read but not change it: its terms beside their values, and who can change it. */
export function RecordSummary({ rows, termWidth, note, testId }: RecordSummaryProps) {
  const listStyle: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: `minmax(${termWidth}, max-content) 1fr`,
    columnGap: token('space.300', '24px'),
    rowGap: token('space.100', '8px'),
    margin: 0,
    padding: 0,
  };
  return (
    <Box testId={testId}>
      <dl style={listStyle}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt style={termStyle}>{term}</dt>
            <dd style={valueStyle}>{value}</dd>
          </div>
        ))}
      </dl>
      <Box paddingBlockStart="space.150">
        <Text color="color.text.subtlest" size="small">
          {note}
        </Text>
      </Box>
    </Box>
  );
}
