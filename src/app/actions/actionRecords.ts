import { notFound } from '../../domain/failure';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import type { CaVerificationRecord } from '../../domain/actions/caVerification';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';

export async function loadAction(
  services: AppServices,
  correctiveActionId: string,
): Promise<StoredRecord<CorrectiveActionRecord>> {
  const stored = await services.store.get('correctiveAction', correctiveActionId);
  if (!stored) throw notFound(`There is no corrective action ${correctiveActionId}`);
  return stored;
}

/** Every verification of an action, oldest round first (signed or not). */
export async function verificationsOf(
  services: AppServices,
  correctiveActionId: string,
): Promise<StoredRecord<CaVerificationRecord>[]> {
  const all = await services.store.listBy('caVerification', 'correctiveActionId', correctiveActionId);
  return [...all].sort((a, b) => a.record.round - b.record.round);
}

/**
 * Writes a changed corrective action over the version read (the store refuses it if someone else
 * wrote in between). `useCase` names the failure when the store hands nothing back.
 */
export async function saveCorrectiveAction(
  services: AppServices,
  caller: Caller,
  change: {
    useCase: string;
    stored: StoredRecord<CorrectiveActionRecord>;
    after: CorrectiveActionRecord;
    at: Date;
    reason?: string;
  },
): Promise<StoredRecord<CorrectiveActionRecord>> {
  const { useCase, stored, after, at, reason } = change;
  const saved = await services.store.apply({
    entity: 'correctiveAction',
    id: stored.id,
    before: stored,
    after,
    actor: caller.accountId,
    at,
    ...(reason === undefined ? {} : { reason }),
  });
  if (!saved) throw new Error(`${useCase}: the store returned no record for a write`);
  return saved;
}
