import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const rowStyles = xcss({
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  paddingBlock: 'space.150',
});

interface RecordRowsProps<Item> {
  items: readonly Item[];
  itemKey: (item: Item) => string;
  itemTestId: (item: Item) => string;
  /** What stands in place of the rows when there is none yet. */
  empty: string;
  emptyTestId: string;
  testId: string;
  children: (item: Item) => ReactNode;
}

/** Records too rich for a table's cells (evidence, findings), one under another and each ruled off below. */
export function RecordRows<Item>({
  items,
  itemKey,
  itemTestId,
  empty,
  emptyTestId,
  testId,
  children,
}: RecordRowsProps<Item>) {
  if (items.length === 0) {
    return (
      <Text color="color.text.subtle" testId={emptyTestId}>
        {empty}
      </Text>
    );
  }
  return (
    <Stack space="space.0" testId={testId}>
      {items.map((item) => (
        <Box key={itemKey(item)} xcss={rowStyles} testId={itemTestId(item)}>
          {children(item)}
        </Box>
      ))}
    </Stack>
  );
}
