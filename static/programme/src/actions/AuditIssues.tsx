import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useEffect, useMemo, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import { Loading } from '../../../shared/components/Loading';
import { Section } from '../../../shared/components/Section';
import { callResolver } from '../../../shared/invokeClient';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { canRaise, FindingIssuesTable } from './FindingIssuesTable';
import { findingIssueRows, queuedTimes } from './findingIssueRows';
import { CorrectiveActionsSection } from './CorrectiveActionsSection';
import { type Dialog, IssueLinkDialogs } from './IssueLinkDialogs';
import { RaiseButtons } from './RaiseButtons';
import { RaiseProgress } from './RaiseProgress';
import { useRaiseJob } from './useRaiseJob';

interface AuditIssuesProps {
  auditId: string;
  canManage: boolean;
  isConfigured: boolean;
  onChanged: () => void;
}

/**
 * One audit's findings with their Jira issues, the raise job and its progress, and the audit's
 * corrective actions. Mounted per audit (keyed), so every read here is of that audit.
 */
export function AuditIssues({ auditId, canManage, isConfigured, onChanged }: AuditIssuesProps) {
  const findings = useResolverQuery('listFindings', { auditId });
  const tracked = useResolverQuery('listTrackedIssues', { auditId, subject: 'finding' });
  const actions = useResolverQuery('listCorrectiveActions', { auditId });
  const capa = useResolverQuery('getCapaEffectivenessReport', {});
  const { reload: reloadTracked } = tracked;
  const queuedAt = useMemo(() => queuedTimes(tracked.state), [tracked.state]);
  const raise = useRaiseJob(
    auditId,
    (job) => queuedAt.has(job.requestedAt),
    () => {
      void reloadTracked();
      onChanged();
    },
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [starting, setStarting] = useState(false);
  const [raiseError, setRaiseError] = useState<ResolverError | null>(null);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });

  // While a job runs, the findings' states follow its progress (queued → raised or failed).
  const settled = raise.job ? raise.job.done + raise.job.failed : 0;
  useEffect(() => {
    if (settled > 0) void reloadTracked();
  }, [settled, reloadTracked]);

  const rows = useMemo(
    () => findingIssueRows(findings.state, tracked.state, capa.state),
    [findings.state, tracked.state, capa.state],
  );

  const raisable = rows.filter((row) => canRaise(row.tracked));
  const chosen = raisable.filter((row) => selected.has(row.finding.id)).map((row) => row.finding.id);
  const running = raise.job !== null && !raise.job.finished;

  const start = async (findingIds?: string[]) => {
    if (starting) return;
    setStarting(true);
    setRaiseError(null);
    const result = await callResolver('raiseFindingIssues', findingIds ? { auditId, findingIds } : { auditId });
    setStarting(false);
    if (!result.ok) {
      setRaiseError(result.error);
      return;
    }
    setSelected(new Set());
    raise.follow(result.value);
    void reloadTracked();
  };

  const toggle = (findingId: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(findingId)) next.delete(findingId);
      else next.add(findingId);
      return next;
    });

  const changed = () => {
    void reloadTracked();
    void capa.reload();
    void actions.reload();
    onChanged();
  };

  const loadError =
    findings.state.status === 'error'
      ? findings.state.error
      : tracked.state.status === 'error'
        ? tracked.state.error
        : null;

  return (
    <Stack space="space.300">
      <Section
        title="Findings and their Jira issues"
        description="Each nonconformity lives on as a Jira issue the teams who fix it can search and report on."
        testId="actions-findings"
      >
        {findings.state.status === 'loading' || tracked.state.status === 'loading' ? (
          <Loading label="Loading the findings and their issues" testId="actions-findings-loading" />
        ) : null}
        {loadError ? (
          <LoadFailure
            title="The findings or their issues could not be loaded"
            error={loadError}
            onRetry={() => {
              void findings.reload();
              void reloadTracked();
            }}
            testId="actions-findings-error"
          />
        ) : null}
        {findings.state.status === 'ok' && tracked.state.status === 'ok' ? (
          <Stack space="space.200">
            {canManage ? (
              <RaiseButtons
                raisable={raisable.length}
                selected={chosen.length}
                isBusy={starting || running}
                isConfigured={isConfigured}
                onRaiseAll={() => void start()}
                onRaiseSelected={() => void start(chosen)}
              />
            ) : (
              <Text color="color.text.subtle">Lead auditors and programme managers raise and link issues.</Text>
            )}
            {raiseError ? (
              <SectionMessage appearance="error" title="The issues were not raised" testId="raise-error">
                {raiseError.message}
              </SectionMessage>
            ) : null}
            {raise.job ? <RaiseProgress job={raise.job} error={raise.error} /> : null}
            {capa.state.status === 'error' ? (
              <Text color="color.text.danger" testId="actions-exemptions-error">
                Which findings were closed without corrective action could not be read: {capa.state.error.message}
              </Text>
            ) : null}
            <FindingIssuesTable
              rows={rows}
              canManage={canManage && isConfigured}
              selected={selected}
              onToggle={toggle}
              onLink={(row) => setDialog({ kind: 'link', row })}
              onUnlink={(row) => setDialog({ kind: 'unlink', row })}
            />
          </Stack>
        ) : null}
      </Section>
      <CorrectiveActionsSection actions={actions} />
      <IssueLinkDialogs dialog={dialog} onChanged={changed} onClose={() => setDialog({ kind: 'none' })} />
    </Stack>
  );
}
