import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError, TrailEntry } from '../../../../src/contract';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import { Section } from '../../../shared/components/Section';
import { callResolver } from '../../../shared/invokeClient';
import type { VerifyState } from '../actionState';
import { type TrailFilter, type TrailFilterDraft, emptyDraft, filterFrom } from '../trailFilter';
import { useTrailExport } from '../useTrailExport';
import { ExportResult } from './ExportResult';
import { FullVerification } from './FullVerification';
import { TrailFilters } from './TrailFilters';
import { TrailTable } from './TrailTable';
import { TrailToolbar } from './TrailToolbar';
import { VerifyResult } from './VerifyResult';

const PAGE_SIZE = 50;

interface Listing {
  entries: TrailEntry[];
  nextAfterSeq: number | null;
}

/** The audit trail, read-only: filter it, page through it, verify its chain, export it. */
export function TrailTab({ names }: { names: ReadonlyMap<string, string> }) {
  const [draft, setDraft] = useState<TrailFilterDraft>(emptyDraft);
  const [applied, setApplied] = useState<TrailFilter>({});
  const [filterError, setFilterError] = useState<ResolverError | null>(null);
  const [listing, setListing] = useState<Listing | null>(null);
  const [listError, setListError] = useState<ResolverError | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [verify, setVerify] = useState<VerifyState>({ status: 'idle' });
  const { exporting, runExport } = useTrailExport(applied);
  const latest = useRef(0);

  const load = useCallback(async (filter: TrailFilter) => {
    const call = ++latest.current;
    setLoading(true);
    setLoadingMore(false);
    const result = await callResolver('listAuditTrail', { ...filter, limit: PAGE_SIZE });
    if (call !== latest.current) return;
    setLoading(false);
    if (result.ok) {
      setApplied(filter);
      setListing(result.value);
      setListError(null);
      setFilterError(null);
    } else if (result.error.code === 'invalid_input' && result.error.field) {
      setFilterError(result.error);
    } else {
      setListError(result.error);
    }
  }, []);

  useEffect(() => {
    void load({});
    return () => {
      latest.current += 1;
    };
  }, [load]);

  const apply = () => {
    const parsed = filterFrom(draft);
    if (!parsed.ok) {
      setFilterError({ code: 'invalid_input', field: parsed.field, message: parsed.message });
      return;
    }
    void load(parsed.filter);
  };

  const clear = () => {
    setDraft(emptyDraft);
    void load({});
  };

  const loadMore = async () => {
    if (!listing || listing.nextAfterSeq === null) return;
    const call = latest.current;
    setLoadingMore(true);
    const result = await callResolver('listAuditTrail', {
      ...applied,
      afterSeq: listing.nextAfterSeq,
      limit: PAGE_SIZE,
    });
    if (call !== latest.current) return;
    setLoadingMore(false);
    if (result.ok) {
      setListing({ entries: [...listing.entries, ...result.value.entries], nextAfterSeq: result.value.nextAfterSeq });
      setListError(null);
    } else {
      setListError(result.error);
    }
  };

  const runVerify = async () => {
    setVerify({ status: 'running' });
    const result = await callResolver('verifyAuditTrail', {});
    setVerify(result.ok ? { status: 'done', verdict: result.value } : { status: 'failed', error: result.error });
  };

  const count = listing?.entries.length ?? 0;
  return (
    <Stack space="space.300">
      <Section
        title="Filter"
        description="Every change to the app's records: who made it, when, to which version, why, and the values before and after."
        testId="trail-filter-section"
      >
        <TrailFilters
          draft={draft}
          onChange={(change) => setDraft((previous) => ({ ...previous, ...change }))}
          onApply={apply}
          onClear={clear}
          error={filterError}
          isBusy={loading}
        />
      </Section>
      <Section title="Entries" testId="trail-entries">
        <Stack space="space.200">
          <TrailToolbar
            verify={verify}
            exporting={exporting}
            onVerify={() => void runVerify()}
            onExport={(format) => void runExport(format)}
          />
          <VerifyResult state={verify} />
          <FullVerification />
          <ExportResult state={exporting} />
          {listError ? (
            <LoadFailure
              title="The audit trail could not be read"
              error={listError}
              onRetry={() => void (listing ? loadMore() : load(applied))}
              testId="trail-load-error"
            />
          ) : null}
          {listing ? (
            <Text color="color.text.subtle" testId="trail-count">
              {count === 0
                ? 'No entry matches the filter.'
                : `${count} ${count === 1 ? 'entry' : 'entries'}${listing.nextAfterSeq === null ? '' : ' so far'}, oldest first.`}
            </Text>
          ) : null}
          <TrailTable
            entries={listing?.entries ?? []}
            names={names}
            isLoading={loading}
            testId="trail-table"
            emptyText={loading ? 'Loading the audit trail' : 'No entry matches the filter.'}
          />
          {listing && listing.nextAfterSeq !== null ? (
            <Inline alignInline="center">
              <Button onClick={() => void loadMore()} isLoading={loadingMore} testId="trail-load-more">
                Load more
              </Button>
            </Inline>
          ) : null}
        </Stack>
      </Section>
    </Stack>
  );
}
