import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ResolverError, ResolverInput } from '../../../../src/contract';
import { downloadText } from '../../../shared/download';
import { callResolver } from '../../../shared/invokeClient';

type ReviewCsvInput = ResolverInput<'exportReviewCsv'>;

/**
 * Makes one of the review's CSV registers and hands it to the browser as a file: which register is
 * on its way (its button spins, the others wait), and why the last one could not be made.
 */
export function useReviewCsv() {
  const [busy, setBusy] = useState<ReviewCsvInput['register'] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  const download = async (input: ReviewCsvInput) => {
    setBusy(input.register);
    const result = await callResolver('exportReviewCsv', input);
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    downloadText(result.value.fileName, result.value.mimeType, result.value.content);
  };

  return { busy, error, download };
}

/** Why the last CSV could not be made, or nothing. */
export function CsvFailure({ error, testId }: { error: ResolverError | null; testId: string }) {
  if (!error) return null;
  return (
    <SectionMessage appearance="error" title="The CSV could not be made" testId={testId}>
      {error.message}
    </SectionMessage>
  );
}
