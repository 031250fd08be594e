import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useEffect, useRef, useState } from 'react';
import type { Session } from '../../../../src/contract';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import { Loading } from '../../../shared/components/Loading';
import { Section } from '../../../shared/components/Section';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { AuditDetail } from './AuditDetail';
import { AuditsTable } from './AuditsTable';
import { CoverageLine } from './CoverageLine';
import { NewAudit } from './NewAudit';
import { useAuditLookups } from './useAuditLookups';
import { QueryStatus } from '../../../shared/components/QueryStatus';

export interface AuditsTabProps {
  session: Session;
  /** First day of the cycle shown (the programme page pages through cycles). */
  cycleStart: string;
  /** After anything here changed what other tabs show (coverage, the schedule). */
  onChanged?: () => void;
  /** Moves when another tab changed records this one shows (areas, the adopted schedule): read again. */
  refreshKey?: number;
  /** After each signing attempt here (an override): the passphrase panel shows attempts left. */
  onSigningAttempt?: () => void;
}

/** `opened` counts the clicks on Open: opening the audit on screen again reads it afresh. */
type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'audit'; auditId: string; opened: number };

/** The Audits tab: the cycle's audits, and one audit's plan, checklist, findings and evidence. */
export function AuditsTab({ session, cycleStart, onChanged, refreshKey = 0, onSigningAttempt }: AuditsTabProps) {
  const audits = useResolverQuery('listAudits', { cycleStart });
  const coverage = useResolverQuery('getCoverage', { cycleStart });
  const lookups = useAuditLookups();
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [cancelled, setCancelled] = useState(false);
  const isManager = session.roles.includes('programmeManager');
  const { reload: reloadAudits } = audits;
  const { reload: reloadCoverage } = coverage;

  // The queries keep their input in a ref and read on mount: another cycle is read again here.
  const shownCycle = useRef(cycleStart);
  useEffect(() => {
    if (shownCycle.current === cycleStart) return;
    shownCycle.current = cycleStart;
    void reloadAudits();
    void reloadCoverage();
    setSelection({ kind: 'none' });
  }, [cycleStart, reloadAudits, reloadCoverage]);

  const seenRefresh = useRef(refreshKey);
  const reloadLookups = lookups.reload;
  useEffect(() => {
    if (seenRefresh.current === refreshKey) return;
    seenRefresh.current = refreshKey;
    void reloadAudits();
    void reloadCoverage();
    reloadLookups();
  }, [refreshKey, reloadAudits, reloadCoverage, reloadLookups]);

  const changed = () => {
    void reloadAudits();
    void reloadCoverage();
    onChanged?.();
  };
  const selectedId = selection.kind === 'audit' ? selection.auditId : null;

  return (
    <Stack space="space.300" testId="audits-tab">
      <Section title="Audits" description={`The audits of the cycle starting ${cycleStart}, in date order.`}>
        <CoverageLine state={coverage.state} />
        <QueryStatus query={audits} what="the audits" testId="audits" onRetry={() => void reloadAudits()} />
        {audits.state.status === 'ok' ? (
          <AuditsTable
            audits={audits.state.value.audits}
            selectedId={selectedId}
            onSelect={(auditId) => {
              setCancelled(false);
              setSelection((previous) => ({
                kind: 'audit',
                auditId,
                opened: previous.kind === 'audit' ? previous.opened + 1 : 0,
              }));
            }}
          />
        ) : null}
        {cancelled ? (
          <SectionMessage appearance="information" title="Audit cancelled" testId="audits-cancelled">
            The audit left the schedule; the reason is in the audit trail.
          </SectionMessage>
        ) : null}
        {isManager ? (
          <Inline>
            <Button
              appearance="primary"
              onClick={() => setSelection({ kind: 'new' })}
              isSelected={selection.kind === 'new'}
              testId="audits-new"
            >
              New audit
            </Button>
          </Inline>
        ) : (
          <Text color="color.text.subtle">Programme managers plan new audits.</Text>
        )}
      </Section>
      {selection.kind !== 'none' && lookups.status === 'loading' ? (
        <Loading label="Loading areas, people and the catalogue" testId="audits-lookups-loading" />
      ) : null}
      {selection.kind !== 'none' && lookups.status === 'error' ? (
        <LoadFailure
          title="The areas, people or catalogue could not be loaded"
          error={lookups.error}
          onRetry={lookups.reload}
          testId="audits-lookups-error"
        />
      ) : null}
      {lookups.status === 'ok' && selection.kind === 'new' ? (
        <NewAudit
          lookups={lookups.lookups}
          cycleStart={cycleStart}
          onCreated={(auditId) => {
            setSelection({ kind: 'audit', auditId, opened: 0 });
            changed();
          }}
        />
      ) : null}
      {lookups.status === 'ok' && selection.kind === 'audit' ? (
        <AuditDetail
          key={`${selection.auditId}-${selection.opened}`}
          auditId={selection.auditId}
          cycleStart={cycleStart}
          lookups={lookups.lookups}
          isManager={isManager}
          onChanged={changed}
          onSigningAttempt={onSigningAttempt}
          onCancelled={() => {
            setSelection({ kind: 'none' });
            setCancelled(true);
            changed();
          }}
        />
      ) : null}
    </Stack>
  );
}
