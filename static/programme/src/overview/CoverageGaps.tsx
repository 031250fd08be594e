import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import type { CoverageView } from '../../../../src/contract';
import { requirements } from './coverageWords';

const listStyles = xcss({
  margin: 'space.0',
  padding: 'space.0',
  listStyle: 'none',
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))',
  columnGap: 'space.300',
});
const itemStyles = xcss({
  paddingBlock: 'space.075',
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
});

const idStyles = xcss({ flexShrink: 0 });

const SHOWN_AT_FIRST = 16;

/**
 * The requirements no audit covers yet, listed before anything else so they are dealt with long
 * before the cycle ends; each says whether the audits already planned can still close it.
 */
export function CoverageGaps({ coverage }: { coverage: CoverageView }) {
  const [showAll, setShowAll] = useState(false);
  // The backend orders gaps first, then what will be missed; this keeps its order.
  const open = coverage.items.filter((item) => item.status === 'gap' || item.willBeMissed);
  const shown = showAll ? open : open.slice(0, SHOWN_AT_FIRST);
  return (
    <Stack space="space.100" testId="coverage-gaps">
      <Heading size="small">Gaps</Heading>
      {open.length === 0 ? (
        <Text color="color.text.subtle" testId="coverage-no-gaps">
          Every required clause and applicable control is audited or planned in time.
        </Text>
      ) : (
        <>
          <Text color="color.text.subtle">
            {requirements(open.length)} not audited and not planned to be audited in time in this cycle.
          </Text>
          <Box as="ul" xcss={listStyles}>
            {shown.map((item) => (
              <Box as="li" key={item.itemId} xcss={itemStyles} testId={`coverage-gap-${item.itemId}`}>
                <Inline space="space.100" alignBlock="center">
                  <Box xcss={idStyles}>
                    <Text weight="semibold">{item.itemId}</Text>
                  </Box>
                  <Text maxLines={1}>{coverage.titles[item.itemId] ?? ''}</Text>
                  {item.status === 'gap' ? null : <Lozenge appearance="warning">Planned too late</Lozenge>}
                  {item.lateIn.length > 0 ? <Lozenge appearance="danger">Only in late audits</Lozenge> : null}
                </Inline>
              </Box>
            ))}
          </Box>
          {open.length > SHOWN_AT_FIRST ? (
            <Inline>
              <Button appearance="subtle" onClick={() => setShowAll((all) => !all)} testId="coverage-gaps-toggle">
                {showAll ? 'Show fewer' : `Show all ${open.length}`}
              </Button>
            </Inline>
          ) : null}
        </>
      )}
    </Stack>
  );
}
