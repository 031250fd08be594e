import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { useMemo } from 'react';
import type { RecordExport } from '../../../../src/contract';
import { Section } from '../../../shared/components/Section';
import { downloadText } from '../../../shared/download';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { RecordDocument } from './RecordDocument';
import { QueryStatus } from '../../../shared/components/QueryStatus';

function download(record: RecordExport): void {
  const stamp = record.exportedAt.replace(/[:.]/g, '-');
  downloadText(`programme-record-${stamp}.json`, 'application/json', `${JSON.stringify(record, null, 2)}\n`);
}

/** The programme's record for an inspector: read once when the tab opens, as a page and as JSON. */
export function RecordTab({ names }: { names: ReadonlyMap<string, string> }) {
  const query = useResolverQuery('exportProgrammeRecord', {});
  const { state } = query;
  // The signers' printed names as the record holds them help name the accounts in the trail.
  const allNames = useMemo(() => {
    const merged = new Map(names);
    if (state.status === 'ok') {
      for (const s of state.value.signatures)
        if (!merged.has(s.signerAccountId)) merged.set(s.signerAccountId, s.signerName);
      merged.set(state.value.exportedBy.accountId, state.value.exportedBy.displayName);
    }
    return merged;
  }, [names, state]);

  return (
    <Section
      title="Programme record"
      description="Every record of the programme with its signatures and audit trail, as one inspection-ready document."
      testId="record-section"
    >
      <Stack space="space.300">
        <Inline space="space.100" shouldWrap>
          <Button
            appearance="primary"
            isDisabled={state.status !== 'ok'}
            onClick={() => {
              if (state.status === 'ok') download(state.value);
            }}
            testId="record-download-json"
          >
            Download JSON
          </Button>
          <Button onClick={() => void query.reload()} testId="record-refresh">
            Export again
          </Button>
        </Inline>
        <QueryStatus
          query={query}
          loadingLabel="Exporting the programme record"
          loadingTestId="record-loading"
          failureTitle="The programme record could not be exported"
          failureTestId="record-error"
        />
        {state.status === 'ok' ? <RecordDocument record={state.value} names={allNames} /> : null}
      </Stack>
    </Section>
  );
}
