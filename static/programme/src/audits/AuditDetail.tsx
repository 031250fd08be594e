import { Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { Section } from '../../../shared/components/Section';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { AssignmentChecksPanel } from './AssignmentChecksPanel';
import { AuditCard } from './AuditCard';
import { AuditHeader } from './AuditHeader';
import { ChecklistTable } from './ChecklistTable';
import { EvidenceSection } from './EvidenceSection';
import { FindingsSection } from './FindingsSection';
import { OverridesSection } from './OverridesSection';
import { AuditReportSection } from '../reports/AuditReportSection';
import type { AuditView } from './planDraft';
import { PlanForm } from './PlanForm';
import { PlanSummary } from './PlanSummary';
import type { OverrideSubject } from './OverrideDialog';
import { PublishPanel } from './PublishPanel';
import { refusedAssignment } from './refusedAssignment';
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
            onRefused={(error) => setRefused(refusedAssignment(error))}
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
