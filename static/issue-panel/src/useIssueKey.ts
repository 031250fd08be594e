import { useHostContextOnce } from '../../shared/useHostContextOnce';

export type IssueKeyState = { status: 'loading' } | { status: 'ok'; issueKey: string | null };

function issueKeyOf(context: unknown): string | null {
  if (typeof context !== 'object' || context === null) return null;
  const extension = (context as { extension?: unknown }).extension;
  if (typeof extension !== 'object' || extension === null) return null;
  const issue = (extension as { issue?: unknown }).issue;
  if (typeof issue !== 'object' || issue === null) return null;
  const key = (issue as { key?: unknown }).key;
  return typeof key === 'string' && key ? key : null;
}

const onIssue = (context: unknown): IssueKeyState => ({ status: 'ok', issueKey: issueKeyOf(context) });
const onNoIssue = (): IssueKeyState => ({ status: 'ok', issueKey: null });

/**
 * The key of the issue the panel sits on (`extension.issue.key` of the host's context). It only
 * says where to look: the resolver checks the caller may see the issue before answering.
 */
export function useIssueKey(): IssueKeyState {
  return useHostContextOnce(onIssue, onNoIssue);
}
