import { Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { Section } from '../../../shared/components/Section';
import { errorIsAbout } from '../../../shared/fieldMessage';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { AssignmentChecksPanel } from './AssignmentChecksPanel';
import { AuditCard } from './AuditCard';
import { AuditHeader } from './AuditHeader';
import { ChecklistTable } from './ChecklistTable';
import { EvidenceSection } from './EvidenceSection';
import { FindingsSection } from './FindingsSection';
import type { OverrideSubject } from './OverrideDialog';
import { OverridesSection } from './OverridesSection';
import { AuditReportSection } from '../reports/AuditReportSection';
import { type AuditView, conflictsOf, type PlanDraft } from './planDraft';
import { PlanForm } from './PlanForm';
import { PlanSummary } from './PlanSummary';
import { PublishPanel } from './PublishPanel';
import { StateActions } from './StateActions';
import { AuditStepsSection } from './steps/AuditStepsSection';
import type { AuditLookups } from './useAuditLookups';

interface AuditDetailProps {
  auditId: string;
  cycleStart: string;
  lookups: AuditLookups;
  isManager: boolean;
  /** Something the audit list or other tabs show changed. */
  onChanged: () => void;
  onCancelled: () => void;
  onSigningAttempt?: () => void;
}

/**
 * Who the plan form's refusal was about, and what to lift: the scope line it names when they own its
 * control or process (the server names a line only once no area conflict is left), else the first
 * area they conflict with.
 */
function refusedAssignment(error: ResolverError, draft: PlanDraft, lookups: AuditLookups): OverrideSubject | null {
  if (!error.message.startsWith('Impartiality')) return null;
  const team = /^plan\.teamIds\.(\d+)$/.exec(error.field ?? '');
  const auditorId = errorIsAbout(error, 'plan.leadAuditorId')
    ? draft.leadAuditorId
    : team
      ? (draft.teamIds[Number(team[1])] ?? null)
      : null;
  const line = / owns control (\S+) in the Statement of Applicability|, which (\S+) examines/.exec(error.message);
  const itemId = line?.[1] ?? line?.[2] ?? null;
  if (itemId) return { auditorId, areaId: null, itemId };
  const areaId = conflictsOf(auditorId, draft.areaIds, lookups.areas)[0]?.areaId ?? null;
  return { auditorId, areaId };
}

/** One audit: its plan, assignments, overrides, state, page, checklist, findings and evidence. */
export function AuditDetail({
  auditId,
  cycleStart,
  lookups,
  isManager,
  onChanged,
  onCancelled,
  onSigningAttempt,
}: AuditDetailProps) {
  const audit = useResolverQuery('getAudit', { auditId });
  const findings = useResolverQuery('listFindings', { auditId });
  const [refused, setRefused] = useState<OverrideSubject | null>(null);

  if (audit.state.status !== 'ok') return <QueryStatus query={audit} what="the audit" testId="audit" />;
  const view = audit.state.value;
  const reload = () => void audit.reload();
  const changed = (next: AuditView) => {
    audit.replace(next);
    onChanged();
  };
  const reloadFindings = () => void findings.reload();
  const findingList = findings.state.status === 'ok' ? findings.state.value.findings : [];

  return (
    <Stack space="space.300" testId={`audit-detail-${view.id}`}>
      <AuditCard testId="audit-state-section">
        <AuditHeader view={view} />
        <StateActions view={view} canCancel={isManager} onMoved={changed} onCancelled={onCancelled} onReload={reload} />
      </AuditCard>
      <Section title="Plan" testId="audit-plan-section">
        {view.can.editPlan ? (
          <PlanForm
            key={`plan-${view.id}`}
            lookups={lookups}
            view={view}
            cycleStart={cycleStart}
            canEdit
            onSaved={changed}
            onReload={reload}
            onRefused={(error, draft) => setRefused(refusedAssignment(error, draft, lookups))}
          />
        ) : (
          <PlanSummary view={view} lookups={lookups} />
        )}
      </Section>
      <Section
        title="Assignment checks"
        description="Competence (a valid certificate and domains covering the scope) and impartiality of each auditor."
        testId="audit-checks-section"
      >
        <AssignmentChecksPanel view={view} areaName={lookups.areaName} />
      </Section>
      <OverridesSection
        view={view}
        lookups={lookups}
        refused={refused}
        onOverridden={changed}
        onSigningAttempt={onSigningAttempt}
      />
      <PublishPanel view={view} onPublished={reload} />
      <AuditStepsSection
        view={view}
        lookups={lookups}
        findings={findingList}
        onChanged={changed}
        onReload={reload}
        onSigningAttempt={onSigningAttempt}
      />
      <Section
        title="Checklist"
        description="One line per clause or control in scope, with our guidance."
        testId="audit-checklist-section"
      >
        <ChecklistTable
          view={view}
          lookups={lookups}
          findings={findingList}
          onSaved={(next, withFinding) => {
            changed(next);
            if (withFinding) reloadFindings();
          }}
          onReload={reload}
        />
      </Section>
      <FindingsSection
        view={view}
        lookups={lookups}
        query={findings}
        onRecorded={() => {
          reloadFindings();
          reload();
          onChanged();
        }}
      />
      <EvidenceSection view={view} />
      <AuditReportSection view={view} session={null} onChanged={onChanged} onSigningAttempt={onSigningAttempt} />
    </Stack>
  );
}
