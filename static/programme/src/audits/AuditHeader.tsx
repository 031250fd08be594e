import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { AuditStateLozenge } from './AuditStateLozenge';
import { LateLozenge } from './LateLozenge';
import type { AuditView } from './planDraft';

/** The audit's name, where it is in its life, and where its schedule came from. */
export function AuditHeader({ view }: { view: AuditView }) {
  return (
    <Stack space="space.075" testId="audit-header">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Heading size="large" as="h2">
          {view.title}
        </Heading>
        <AuditStateLozenge state={view.state} testId="audit-state" />
        {view.late ? <LateLozenge daysLate={view.daysLate} testId="audit-late" /> : null}
      </Inline>
      <Text color="color.text.subtle">
        {view.areaNames.join(', ')} · {view.plannedStart} – {view.plannedEnd} · lead{' '}
        {view.leadAuditorName ?? 'not assigned'} · version {view.version}
      </Text>
      {(view.audit.dateChanges ?? []).map((change) => (
        <Text size="small" color="color.text.subtle" key={`${change.changedOn}-${change.to.plannedStart}`}>
          Moved on {change.changedOn} by {view.people[change.changedBy] ?? change.changedBy} from{' '}
          {change.from.plannedStart} – {change.from.plannedEnd}: {change.reason}
        </Text>
      ))}
      {view.rescheduledFrom ? (
        <Text size="small" color="color.text.subtle" testId="audit-baseline">
          Approved dates (the baseline the on-schedule figure counts against): {view.rescheduledFrom.plannedStart} –{' '}
          {view.rescheduledFrom.plannedEnd}
        </Text>
      ) : null}
      {view.origin.kind === 'proposed' ? (
        <Text size="small" color="color.text.subtlest">
          From the risk-based schedule, audit {view.origin.occurrence} of {view.origin.occurrences}:{' '}
          {view.origin.reason}
        </Text>
      ) : null}
    </Stack>
  );
}
