import type { SignatureMeaning } from '../../domain/signing/signatureMeaning';
import type { EntityName, EntityTypes } from '../../ports/entities';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { checkSigner } from './credentials';
import { signaturesOf, writeSignature } from './signatures';

/** Whether the record carries the signer's signature with `meaning`, current and with its binding intact. */
export async function isSignedBy(
  services: AppServices,
  target: { recordType: string; recordId: string },
  meaning: SignatureMeaning,
  signerId: string,
): Promise<boolean> {
  const { signatures } = await signaturesOf(services, target);
  return signatures.some(
    (s) => s.meaning === meaning && s.signerAccountId === signerId && s.status === 'current' && s.bindingIntact,
  );
}

/**
 * Writes an append-only record and the caller's signature on it, in the order that needs no
 * transaction (as verifications, plan approvals and exemptions are written): the passphrase is
 * checked first, so a wrong one writes nothing; then the record; then its signature. `existing`
 * is the caller's own record of the same request left by a crash (written, perhaps signed): it is
 * finished instead of written again, and its passphrase is asked only if it still lacks the
 * signature. The caller checks first that `existing` says what this request says.
 */
export async function writeSignedRecord<K extends EntityName>(
  services: AppServices,
  caller: Caller,
  entry: {
    entity: K;
    id: string;
    record: EntityTypes[K];
    existing: StoredRecord<EntityTypes[K]> | null;
    meaning: SignatureMeaning;
    passphrase: string;
    at: Date;
    reason?: string;
  },
): Promise<StoredRecord<EntityTypes[K]>> {
  const { entity, id, existing, meaning, at } = entry;
  const target = { recordType: entity, recordId: id };
  const signed = existing ? await isSignedBy(services, target, meaning, caller.accountId) : false;
  const signer = signed
    ? null
    : await checkSigner(services, caller, { ...target, recordVersion: 1, meaning }, entry.passphrase, at);
  const written =
    existing ??
    (await services.store.apply({
      entity,
      id,
      before: null,
      after: entry.record,
      actor: caller.accountId,
      at,
      ...(entry.reason === undefined ? {} : { reason: entry.reason }),
    }));
  if (!written) throw new Error(`writeSignedRecord: the store returned no ${entity} for a write`);
  if (signer) await writeSignature(services, signer, written);
  return written;
}
