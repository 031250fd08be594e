import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { AuditSummary, Session } from '../../../../src/contract';
import { LabelledSelect } from '../../../shared/components/LabelledSelect';
import { LoadFailure } from '../../../shared/components/LoadFailure';
import { Section } from '../../../shared/components/Section';
import { CapaEffectivenessSection } from '../capa/CapaEffectivenessSection';
import { NonconformitiesSection } from '../intake/NonconformitiesSection';
import { useReadAgainWhen } from '../../../shared/useReadAgainWhen';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { AuditIssues } from './AuditIssues';
import { OverdueSection } from './OverdueSection';
import { WaitingForYouSection } from './WaitingForYouSection';
import { QueryStatus } from '../../../shared/components/QueryStatus';

const selectStyles = xcss({ maxWidth: '520px' });

export interface ActionsTabProps {
  session: Session;
  /** First day of the cycle on screen: its audits are offered. */
  cycleStart: string;
  /** Moves when another tab changed records this one shows: read again. */
  refreshKey?: number;
  onChanged?: () => void;
}

/** The audit the tab opens on: the first with findings (that is what the tab is about), else the first. */
function firstAuditOf(audits: readonly AuditSummary[]): string | null {
  return (audits.find((audit) => audit.findings > 0) ?? audits[0])?.id ?? null;
}

/**
 * "Findings & actions": per audit, the findings with their Jira issues (raise, link, unlink, the
 * raise job's progress) and the corrective actions; across the programme, the approvals waiting
 * for the caller and what is overdue.
 */
export function ActionsTab({ session, cycleStart, refreshKey = 0, onChanged }: ActionsTabProps) {
  const audits = useResolverQuery('listAudits', { cycleStart });
  const settings = useResolverQuery('getJiraSettings', {});
  const [auditId, setAuditId] = useState<string | null>(null);
  const [opened, setOpened] = useState(0);
  const canManage = session.roles.includes('programmeManager') || session.roles.includes('leadAuditor');
  const { reload: reloadAudits } = audits;

  // The cycle or another tab's records changed: the lists are read again (the audit keeps its place).
  useReadAgainWhen(`${cycleStart}|${refreshKey}`, () => {
    void reloadAudits();
    setOpened((count) => count + 1);
  });

  const list = audits.state.status === 'ok' ? audits.state.value.audits : [];
  const shown = auditId && list.some((audit) => audit.id === auditId) ? auditId : firstAuditOf(list);
  const options = list.map((audit) => ({
    label: `${audit.title} · ${audit.plannedStart} · ${audit.findings === 1 ? '1 finding' : `${audit.findings} findings`}`,
    value: audit.id,
  }));
  const isConfigured = settings.state.status === 'ok' && settings.state.value.settings !== null;

  return (
    <Stack space="space.300" testId="actions-tab">
      <Section
        title="Findings & actions"
        description="Nonconformities and corrective actions as Jira issues: raise or link them, and follow each action to closure."
      >
        {settings.state.status === 'ok' && settings.state.value.settings === null ? (
          <SectionMessage appearance="information" title="Jira is not set up yet" testId="actions-jira-unconfigured">
            <Text as="p">
              Findings can be raised as Jira issues once the projects, issue types, statuses and due-date policy are
              saved. A Jira admin configures it under Apps → ISO 27001 internal audit.
            </Text>
          </SectionMessage>
        ) : null}
        {settings.state.status === 'error' ? (
          <LoadFailure
            title="The Jira settings could not be read"
            error={settings.state.error}
            onRetry={() => void settings.reload()}
            testId="actions-jira-settings-error"
          />
        ) : null}
        <QueryStatus
          query={audits}
          loadingLabel="Loading the audits"
          loadingTestId="actions-audits-loading"
          failureTitle="The audits could not be loaded"
          failureTestId="actions-audits-error"
        />
        {audits.state.status === 'ok' && list.length === 0 ? (
          <Text color="color.text.subtle" testId="actions-no-audits">
            The cycle starting {cycleStart} has no audit yet.
          </Text>
        ) : null}
        {list.length > 0 ? (
          <Box xcss={selectStyles}>
            <LabelledSelect id="actions-audit" label="Audit" options={options} value={shown} onChange={setAuditId} />
          </Box>
        ) : null}
      </Section>
      {shown && settings.state.status !== 'loading' ? (
        <AuditIssues
          key={`${shown}-${opened}`}
          auditId={shown}
          canManage={canManage}
          isConfigured={isConfigured}
          onChanged={() => onChanged?.()}
        />
      ) : null}
      <NonconformitiesSection canManage={canManage} isConfigured={isConfigured} refreshKey={refreshKey} />
      {/* Only they sign plan approvals (both) and extension decisions (programme managers). */}
      {canManage ? <WaitingForYouSection refreshKey={refreshKey} /> : null}
      <OverdueSection refreshKey={refreshKey} />
      <CapaEffectivenessSection refreshKey={refreshKey} />
    </Stack>
  );
}
