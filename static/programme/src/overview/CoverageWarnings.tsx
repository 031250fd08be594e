import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import { requirements } from './coverageWords';

const SHOWN_AT_FIRST = 3;

interface CoverageWarningsProps {
  warnings: readonly string[];
  willBeMissed: number;
}

/**
 * The gaps the audits already planned cannot close, as a warning: the first few sentences, the
 * rest on request (a new programme can have dozens, and the list of gaps below names them all).
 */
export function CoverageWarnings({ warnings, willBeMissed }: CoverageWarningsProps) {
  const [showAll, setShowAll] = useState(false);
  if (warnings.length === 0) return null;
  const shown = showAll ? warnings : warnings.slice(0, SHOWN_AT_FIRST);
  return (
    <SectionMessage
      appearance="warning"
      title={`${requirements(willBeMissed)} will be missed unless more audits are planned`}
      testId="coverage-warnings"
    >
      <Stack space="space.050">
        {shown.map((warning) => (
          <Text as="p" key={warning}>
            {warning}
          </Text>
        ))}
        {warnings.length > SHOWN_AT_FIRST ? (
          <Inline>
            <Button
              appearance="subtle"
              spacing="compact"
              onClick={() => setShowAll((all) => !all)}
              testId="coverage-warnings-toggle"
            >
              {showAll ? 'Show fewer' : `Show all ${warnings.length} warnings`}
            </Button>
          </Inline>
        ) : null}
      </Stack>
    </SectionMessage>
  );
}
