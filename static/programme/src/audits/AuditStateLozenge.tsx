import { WordLozenge } from '../../../shared/components/WordLozenge';
import { type AuditState, auditStateWords } from './auditWords';

/** Where an audit is in its life: planned → in progress → reporting → closed. */
export function AuditStateLozenge({ state, testId }: { state: AuditState; testId?: string }) {
  return <WordLozenge word={auditStateWords[state]} testId={testId} />;
}
