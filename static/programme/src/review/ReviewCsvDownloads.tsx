import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { downloadText } from '../../../shared/download';
import { callResolver } from '../../../shared/invokeClient';
import { csvRegisters } from './reviewWords';

type Register = (typeof csvRegisters)[number]['register'];

/** The registers a review looks at, as CSV files for its period (for the minutes' annex, or a spreadsheet). */
export function ReviewCsvDownloads({ from, to }: { from: string; to: string }) {
  const [busy, setBusy] = useState<Register | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  const download = async (register: Register) => {
    setBusy(register);
    const result = await callResolver('exportReviewCsv', { register, from, to });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    downloadText(result.value.fileName, result.value.mimeType, result.value.content);
  };

  return (
    <Stack space="space.100" testId="review-csv">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text weight="semibold">
          CSV for {from} – {to}:
        </Text>
        {csvRegisters.map(({ register, label }) => (
          <Button
            key={register}
            spacing="compact"
            isLoading={busy === register}
            isDisabled={busy !== null && busy !== register}
            onClick={() => void download(register)}
            testId={`review-csv-${register}`}
          >
            {label}
          </Button>
        ))}
      </Inline>
      {error ? (
        <SectionMessage appearance="error" title="The CSV could not be made" testId="review-csv-error">
          {error.message}
        </SectionMessage>
      ) : null}
    </Stack>
  );
}
