import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RecordExport } from '../../../../src/contract';
import { Section } from '../../../shared/components/Section';
import { downloadText } from '../../../shared/download';
import { callResolver } from '../../../shared/invokeClient';
import type { QueryState } from '../../../shared/useResolverQuery';
import { finishExport } from '../exportJob';
import { RecordDocument } from './RecordDocument';
import { QueryStatus } from '../../../shared/components/QueryStatus';

function download(record: RecordExport): void {
  const stamp = record.exportedAt.replace(/[:.]/g, '-');
  downloadText(`programme-record-${stamp}.json`, 'application/json', `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * The programme's record, exported by a background job when the tab opens (a large programme's
 * record takes longer than one call may), its parts joined into the same JSON one call gave.
 */
function useRecordExport() {
  const [state, setState] = useState<QueryState<RecordExport>>({ status: 'loading' });
  const [written, setWritten] = useState(0);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const run = ++latest.current;
    setState({ status: 'loading' });
    setWritten(0);
    const started = await callResolver('startRecordExport', {});
    const finished = started.ok
      ? await finishExport(started.value, (progress) => {
          if (run === latest.current) setWritten(progress.records + progress.entries);
        })
      : started;
    if (run !== latest.current) return;
    setState(
      finished.ok
        ? { status: 'ok', value: JSON.parse(finished.content) as RecordExport }
        : { status: 'error', error: finished.error },
    );
  }, []);
  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);
  return { state, reload, written };
}

/** The programme's record for an inspector: exported when the tab opens, shown as a page and as JSON. */
export function RecordTab({ names }: { names: ReadonlyMap<string, string> }) {
  const query = useRecordExport();
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
          loadingLabel={`Exporting the programme record: ${query.written} records and trail entries so far`}
          loadingTestId="record-loading"
          failureTitle="The programme record could not be exported"
          failureTestId="record-error"
        />
        {state.status === 'ok' ? <RecordDocument record={state.value} names={allNames} /> : null}
      </Stack>
    </Section>
  );
}
