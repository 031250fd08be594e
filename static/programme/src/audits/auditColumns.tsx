import { Stack, Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { AuditSummary } from '../../../../src/contract';
import type { RecordColumn } from '../../../shared/components/RecordTable';

/** The planned dates of an audit, sorted by start; the audits tab and the overview's schedule both show them. */
export function plannedColumn(width?: number): RecordColumn<AuditSummary> {
  return {
    key: 'dates',
    header: 'Planned',
    width,
    sortKey: (audit) => `${audit.plannedStart} ${audit.plannedEnd}`,
    cell: (audit) => (
      <Stack space="space.0">
        <Text>
          {audit.plannedStart} – {audit.plannedEnd}
        </Text>
        {audit.rescheduledFrom ? (
          <Text size="small" color="color.text.subtle" testId={`audit-baseline-${audit.id}`}>
            Moved from the approved {audit.rescheduledFrom.plannedStart} – {audit.rescheduledFrom.plannedEnd}
          </Text>
        ) : null}
      </Stack>
    ),
  };
}

/** The lead auditor of an audit, sorted by name; each table says in its own tone that no one leads yet. */
export function leadAuditorColumn(noLead: ReactNode): RecordColumn<AuditSummary> {
  return {
    key: 'lead',
    header: 'Lead auditor',
    sortKey: (audit) => (audit.leadAuditorName ?? '').toLocaleLowerCase(),
    cell: (audit) => audit.leadAuditorName ?? noLead,
  };
}
