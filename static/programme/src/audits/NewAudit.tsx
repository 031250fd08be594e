import { Section } from '../../../shared/components/Section';
import { PlanForm } from './PlanForm';
import type { AuditLookups } from './useAuditLookups';

interface NewAuditProps {
  lookups: AuditLookups;
  cycleStart: string;
  onCreated: (auditId: string) => void;
}

/** A programme manager plans an audit of this cycle; it is created in the planned state. */
export function NewAudit({ lookups, cycleStart, onCreated }: NewAuditProps) {
  return (
    <Section
      title="New audit"
      description="Nobody may lead or join an audit of an area they own or work in. An exception needs a programme manager's signed override on the saved audit."
      testId="audit-new"
    >
      <PlanForm lookups={lookups} view={null} cycleStart={cycleStart} canEdit onSaved={(view) => onCreated(view.id)} />
    </Section>
  );
}
