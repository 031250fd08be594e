import Lozenge from '@atlaskit/lozenge';
import { type AuditState, auditStateTitles } from './auditWords';

const appearances = {
  planned: 'neutral',
  inProgress: 'information',
  reporting: 'discovery',
  closed: 'success',
} as const satisfies Record<AuditState, string>;

/** Where an audit is in its life: planned → in progress → reporting → closed. */
export function AuditStateLozenge({ state, testId }: { state: AuditState; testId?: string }) {
  return (
    <Lozenge appearance={appearances[state]} testId={testId}>
      {auditStateTitles[state]}
    </Lozenge>
  );
}
