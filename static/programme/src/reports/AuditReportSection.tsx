import type { AuditView, Session } from '../../../../src/contract';

interface AuditReportSectionProps {
  view: AuditView;
  session: Session | null;
  onChanged: () => void;
  onSigningAttempt?: (() => void) | undefined;
}

/** The audit's report page: generate, conclusion and distribution, approval, changes after approval. */
export function AuditReportSection(_props: AuditReportSectionProps) {
  return null;
}
