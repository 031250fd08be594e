import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import type { CapaQueryName, CapaReportRow } from '../../../../src/contract/capa';
import { LabelledSelect } from '../../../shared/components/LabelledSelect';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { RecordTable } from '../../../shared/components/RecordTable';
import { Section } from '../../../shared/components/Section';
import { useReadAgainWhen } from '../../../shared/useReadAgainWhen';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { capaColumns } from './capaColumns';
import { CsvFailure, useReviewCsv } from '../review/useReviewCsv';
import { capaSourceTitle } from './capaWords';

const selectStyles = xcss({ minWidth: '280px' });
const ALL = 'all';

/** The row's key: a finding with one of its actions, or the finding alone. */
const rowKey = (row: CapaReportRow) => `${row.findingId}:${row.correctiveActionId ?? '-'}`;

/**
 * "CAPA effectiveness" (ISO 27001 10.2 d, f–g): the inspector's questions as saved queries over
 * one report — per nonconformity its source, dates, on time or not, effective at the first check,
 * extensions with their reasons and approvers, the verifier and any exemption — and the same rows
 * as a CSV file.
 */
export function CapaEffectivenessSection({ refreshKey }: { refreshKey: number }) {
  const [query, setQuery] = useState<CapaQueryName | typeof ALL>(ALL);
  const [source, setSource] = useState<string>(ALL);
  const report = useResolverQuery('getCapaEffectivenessReport', {
    ...(query === ALL ? {} : { query }),
    ...(source === ALL ? {} : { source }),
  });
  const { reload } = report;

  // A new choice, or records changed in another tab: read again with the current choice.
  useReadAgainWhen(`${refreshKey}:${query}:${source}`, () => void reload());

  const value = report.state.status === 'ok' ? report.state.value : null;
  const queryOptions: { value: CapaQueryName | typeof ALL; label: string }[] = [
    { value: ALL, label: 'The whole report' },
    ...(value?.queries ?? []).map((q) => ({ value: q.name, label: `${q.title} (${q.count})` })),
  ];
  const sourceOptions = [
    { value: ALL, label: 'Every source' },
    ...(value?.sources ?? []).map((s) => ({ value: s, label: capaSourceTitle(s) })),
  ];
  const meaning = value?.queries.find((q) => q.name === query)?.meaning;

  const csv = useReviewCsv();
  const download = () =>
    csv.download({ register: 'capaEffectiveness', ...(query === ALL ? {} : { capaQuery: query }) });

  return (
    <Section
      title="CAPA effectiveness"
      description="What an inspector asks of each nonconformity: where it came from, when it was planned, extended, implemented, verified and closed, whether on time and effective at the first check, and who verified it. Closed means every action verified effective, or a signed exemption."
      testId="capa-effectiveness"
    >
      <Inline space="space.200" alignBlock="end" shouldWrap>
        <Box xcss={selectStyles}>
          <LabelledSelect
            id="capa-query"
            label="Saved query"
            options={queryOptions}
            value={query}
            onChange={setQuery}
          />
        </Box>
        <Box xcss={selectStyles}>
          <LabelledSelect id="capa-source" label="Source" options={sourceOptions} value={source} onChange={setSource} />
        </Box>
        <Button isLoading={csv.busy !== null} onClick={() => void download()} testId="capa-csv">
          Download CSV
        </Button>
      </Inline>
      {meaning ? (
        <Text color="color.text.subtle" testId="capa-query-meaning">
          {meaning}
        </Text>
      ) : null}
      <CsvFailure error={csv.error} testId="capa-csv-error" />
      <QueryStatus
        query={report}
        loadingLabel="Loading the CAPA effectiveness report"
        loadingTestId="capa-loading"
        failureTitle="The CAPA effectiveness report could not be loaded"
        failureTestId="capa-error"
      />
      {value ? (
        <Stack space="space.100">
          <RecordTable
            label="CAPA effectiveness"
            columns={capaColumns}
            records={value.rows}
            recordKey={rowKey}
            rowTestId={(row) => `capa-row-${rowKey(row)}`}
            rowsPerPage={25}
            empty={query === ALL ? 'No nonconformity yet.' : 'None: nothing answers this query.'}
            emptyTestId="capa-none"
            tableTestId="capa-table"
          />
        </Stack>
      ) : null}
    </Section>
  );
}
