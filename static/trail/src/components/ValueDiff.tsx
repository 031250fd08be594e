import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import { diffValues } from '../valueDiff';

const lineStyles = xcss({ font: 'font.code', wordBreak: 'break-word' });
const preStyle: CSSProperties = {
  margin: 0,
  padding: token('space.100', '8px'),
  maxHeight: '16rem',
  overflow: 'auto',
  backgroundColor: token('color.background.neutral', '#091E420F'),
  borderRadius: token('radius.small', '3px'),
  font: token('font.code', 'monospace'),
  fontSize: '12px',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
};

const MAX_LINES = 6;

interface ValueDiffProps {
  before: unknown;
  after: unknown;
  /** The `<details>` summary's test id. */
  expandTestId: string;
}

/** Old → new, only the keys that changed; the full values behind "Full values". */
export function ValueDiff({ before, after, expandTestId }: ValueDiffProps) {
  const lines = diffValues(before, after);
  const shown = lines.slice(0, MAX_LINES);
  return (
    <Stack space="space.050">
      {lines.length === 0 ? (
        <Text size="small" color="color.text.subtlest">
          No change in value
        </Text>
      ) : (
        shown.map((line) => (
          <Box key={line.key} xcss={lineStyles}>
            <Text size="small">
              <Text size="small" weight="semibold">
                {line.key}:
              </Text>{' '}
              {line.before === null ? (
                line.after
              ) : (
                <>
                  <Text size="small" color="color.text.subtle">
                    {line.before}
                  </Text>{' '}
                  → {line.after ?? '(removed)'}
                </>
              )}
            </Text>
          </Box>
        ))
      )}
      {lines.length > MAX_LINES ? (
        <Text size="small" color="color.text.subtlest">
          and {lines.length - MAX_LINES} more
        </Text>
      ) : null}
      <details>
        <summary
          data-testid={expandTestId}
          style={{ cursor: 'pointer', fontSize: '12px', color: token('color.link', '#0C66E4') }}
        >
          Full values
        </summary>
        <Stack space="space.100">
          <Text size="small" weight="semibold">
            Before
          </Text>
          <pre style={preStyle}>{JSON.stringify(before ?? null, null, 2)}</pre>
          <Text size="small" weight="semibold">
            After
          </Text>
          <pre style={preStyle}>{JSON.stringify(after ?? null, null, 2)}</pre>
        </Stack>
      </details>
    </Stack>
  );
}
