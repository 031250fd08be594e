import { Box, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { ProgrammeView } from '../../../../src/contract';

const listStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
  columnGap: token('space.300'),
  rowGap: token('space.100'),
  margin: 0,
  padding: 0,
};
const termStyle: CSSProperties = { color: token('color.text.subtle'), margin: 0 };
const valueStyle: CSSProperties = { color: token('color.text'), margin: 0, whiteSpace: 'pre-wrap' };

/** The programme of a cycle for people who may read but not change it. */
export function ProgrammeSummary({ programme }: { programme: NonNullable<ProgrammeView['programme']> }) {
  const { intervalMonths, thresholds, raiseOnMajorNc } = programme.frequencyPolicy;
  const rows: Array<[string, string]> = [
    ['Objectives', programme.objectives],
    ['Audit criteria', programme.criteria],
    ['Methods', programme.methods],
    ['Responsibilities', programme.responsibilities],
    ['Reporting', programme.reporting],
    [
      'Risk-based frequency',
      `High risk (score ${thresholds.high}+) every ${intervalMonths.high} months, medium (${thresholds.medium}+) every ` +
        `${intervalMonths.medium}, low every ${intervalMonths.low}` +
        (raiseOnMajorNc ? '; one level higher after a major nonconformity in the last cycle.' : '.'),
    ],
    ['ISMS space', programme.ismsSpaceKey ?? 'Not chosen yet'],
  ];
  return (
    <Box testId="programme-readonly">
      <dl style={listStyle}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt style={termStyle}>{term}</dt>
            <dd style={valueStyle}>{value.trim() ? value : '—'}</dd>
          </div>
        ))}
      </dl>
      <Box paddingBlockStart="space.150">
        <Text color="color.text.subtlest" size="small">
          Only a programme manager can change the programme.
        </Text>
      </Box>
    </Box>
  );
}
