import { notFound } from '../../domain/failure';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import type { CaVerificationRecord } from '../../domain/actions/caVerification';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';

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
