import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { Failure } from '../../domain/failure';
import type { StoredRecord } from '../../ports/recordStore';
import { startRaiseJob } from '../jira/raiseJobs';
import type { AppServices } from '../services';
import type { ViewContext } from './actionViews';

/**
 * Stores a new corrective or improvement action and queues its Jira issue through the one raising
 * path: what opening an action and opening one for another place of an extent share.
 */
export async function storeNewAction(
  services: AppServices,
  context: ViewContext,
  created: { id: string; action: CorrectiveActionRecord; at: Date },
): Promise<StoredRecord<CorrectiveActionRecord>> {
  const { id, action, at } = created;
  const { caller } = context;
  const saved = await services.store.apply({
    entity: 'correctiveAction',
    id,
    before: null,
    after: action,
    actor: caller.accountId,
    at,
  });
  if (!saved) throw new Error('openCorrectiveAction: the store returned no record for a write');
  // Without a saved Jira configuration there is nowhere to raise: the action lives in the store
  // alone until an admin configures Jira and raises it.
  if (context.settings) {
    try {
      await startRaiseJob(
        services,
        caller,
        [{ subject: 'correctiveAction', subjectId: id, auditId: action.auditIds[0] ?? null }],
        action.auditIds[0] ?? null,
      );
    } catch (error) {
      // The action is recorded; failing the request now would make the user open it twice. Its
      // tracked record says what happened, and the panel shows it without an issue meanwhile.
      if (!(error instanceof Failure)) throw error;
      console.warn(`openCorrectiveAction: the Jira issue of ${id} was not queued: ${error.message}`);
    }
  }
  return saved;
}
