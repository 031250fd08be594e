import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { csvRegisters } from './reviewWords';
import { CsvFailure, useReviewCsv } from './useReviewCsv';

/** The registers a review looks at, as CSV files for its period (for the minutes' annex, or a spreadsheet). */
export function ReviewCsvDownloads({ from, to }: { from: string; to: string }) {
  const { busy, error, download } = useReviewCsv();

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
            onClick={() => void download({ register, from, to })}
            testId={`review-csv-${register}`}
          >
            {label}
          </Button>
        ))}
      </Inline>
      <CsvFailure error={error} testId="review-csv-error" />
    </Stack>
  );
}
