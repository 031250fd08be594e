import ProgressBar from '@atlaskit/progress-bar';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { FindingView } from '../../../../src/contract';
import { RuledList } from '../../../shared/components/RuledList';
import { ChecklistRow } from './ChecklistRow';
import { likelyArea } from './findingDraft';
import type { AuditView } from './planDraft';
import type { AuditLookups } from './useAuditLookups';

interface ChecklistTableProps {
  view: AuditView;
  lookups: AuditLookups;
  findings: readonly FindingView[];
  onSaved: (view: AuditView, withFinding: boolean) => void;
  onReload: () => void;
}

/** The audit's checklist: one line per clause or control in scope, with how many have a result. */
export function ChecklistTable({ view, lookups, findings, onSaved, onReload }: ChecklistTableProps) {
  const lines = view.checklist;
  const answered = lines.filter((line) => line.result !== null).length;
  const canEdit = view.can.recordResults;
  const areaOptions = view.audit.plan.areaIds.map((id) => ({ label: lookups.areaName(id), value: id }));
  return (
    <Stack space="space.200" testId="audit-checklist">
      <Stack space="space.075">
        <Inline space="space.100" spread="space-between">
          <Text testId="audit-checklist-progress">
            {answered} of {lines.length} lines have a result
          </Text>
          {!canEdit ? (
            <Text color="color.text.subtle" testId="audit-checklist-readonly">
              {view.state === 'planned'
                ? 'Results are recorded once fieldwork starts.'
                : 'Only the audit team records results.'}
            </Text>
          ) : null}
        </Inline>
        <ProgressBar
          value={lines.length === 0 ? 0 : answered / lines.length}
          appearance={lines.length > 0 && answered === lines.length ? 'success' : 'default'}
          ariaLabel={`${answered} of ${lines.length} checklist lines have a result`}
          testId="audit-checklist-bar"
        />
      </Stack>
      {lines.length === 0 ? (
        <Text color="color.text.subtle" testId="audit-checklist-empty">
          {view.audit.plan.itemIds.length === 0
            ? 'The plan has no clause or control in scope yet.'
            : 'No checklist line yet: the lines follow the scope when the plan is saved.'}
        </Text>
      ) : (
        <RuledList>
          {lines.map((line) => (
            <ChecklistRow
              key={line.itemId}
              line={line}
              view={view}
              canEdit={canEdit}
              findings={findings.filter((f) => f.finding.content.itemId === line.itemId)}
              areaOptions={areaOptions}
              defaultAreaId={likelyArea(line.itemId, view.audit.plan.areaIds, lookups.areas)}
              onSaved={onSaved}
              onReload={onReload}
            />
          ))}
        </RuledList>
      )}
    </Stack>
  );
}
