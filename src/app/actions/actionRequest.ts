import { kindOf } from '../../domain/actions/correctiveAction';
import { refusalOf, type LifecycleEvent } from '../../domain/actions/caLifecycle';
import { conflict } from '../../domain/failure';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';
import { loadAction } from './actionRecords';
import { viewContext } from './actionViews';

/**
 * What every request that moves an action along starts with: the caller's view context, and the
 * action as the caller read it (the version they saw), refused in words when its state does not
 * wait for `event`. `field` names the input at fault, where there is one.
 */
export async function actionAwaiting(
  services: AppServices,
  caller: Caller,
  request: { correctiveActionId: string; expectedVersion: number },
  event: LifecycleEvent,
  field?: string,
) {
  const context = await viewContext(services, caller);
  const stored = await loadAction(services, request.correctiveActionId);
  expectVersion(stored, request.expectedVersion, 'The corrective action');
  const refusal = refusalOf(stored.record.state, event, kindOf(stored.record));
  if (refusal) throw conflict(refusal, field);
  return { context, stored, action: stored.record };
}
