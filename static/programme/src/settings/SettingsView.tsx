import { Box, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { ProgrammeSettings } from '../../../../src/contract';
import { weekdays } from '../constants';

const listStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
  columnGap: token('space.300', '24px'),
  rowGap: token('space.100', '8px'),
  margin: 0,
  padding: 0,
};
const termStyle: CSSProperties = { color: token('color.text.subtle', '#44546F'), margin: 0 };
const valueStyle: CSSProperties = { color: token('color.text', '#172B4D'), margin: 0 };

/** The programme settings for people who may read but not change them. */
export function SettingsView({ settings }: { settings: ProgrammeSettings }) {
  const days = weekdays.filter((day) => settings.workingDays.includes(day.iso)).map((day) => day.name);
  const rows: Array<[string, string]> = [
    ['Organisation', settings.organisationName],
    ['Audit cycle', `${settings.cycleLengthMonths} months`],
    ['Cycle starts', settings.cycleStart],
    ['Time zone', settings.timeZone],
    ['Working days', days.join(', ')],
  ];
  return (
    <Box testId="settings-readonly">
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
          Only a programme manager can change these settings.
        </Text>
      </Box>
    </Box>
  );
}
