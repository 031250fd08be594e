import type { OverdueItem } from '../../contract/jira';
import type { AppServices, Caller } from '../services';

// Scaffolding: the use cases of this room, filled in by the issue-7 work.

export async function listOverdue(
  _services: AppServices,
  _caller: Caller,
): Promise<{ today: string; items: OverdueItem[] }> {
  throw new Error('listOverdue: not built yet');
}
