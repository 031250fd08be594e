import { createHash } from 'node:crypto';
import type { SignatureView } from '../../contract/signing';
import { Failure, forbidden, invalidInput, notFound, conflict } from '../../domain/failure';
import { hasAccess } from '../../domain/access/appRole';
import {
  afterFailedAttempt,
  afterSuccessfulAttempt,
  isLocked,
  MAX_FAILED_ATTEMPTS,
} from '../../domain/signing/passphrasePolicy';
import { recordContentHash, signatureStatus, type Signature } from '../../domain/signing/signature';
import { signatureMeaningWords, type SignatureMeaning } from '../../domain/signing/signatureMeaning';
import { isEntityName } from '../../ports/entities';
import type { StoredRecord } from '../../ports/recordStore';
import { callerRoles } from '../access/callerRoles';
import type { AppServices, Caller } from '../services';
import { passphraseMatches, recordAttempt, saveCredential } from './credentials';
import { signersFor } from './signableRecords';

export interface SignCommand {
  recordType: string;
  recordId: string;
  recordVersion: number;
  meaning: SignatureMeaning;
  passphrase: string;
}

/** One signature per signer, meaning and record version: the id says so, so a retry cannot double it. */
function signatureId(
  s: Pick<Signature, 'recordType' | 'recordId' | 'recordVersion' | 'signerAccountId' | 'meaning'>,
): string {
  return createHash('sha256')
    .update([s.recordType, s.recordId, s.recordVersion, s.signerAccountId, s.meaning].join('\n'))
    .digest('hex');
}

async function currentRecord(
  services: AppServices,
  recordType: string,
  recordId: string,
): Promise<StoredRecord<unknown> | null> {
  if (!isEntityName(recordType)) throw invalidInput('recordType', `There is no record type ${recordType}`);
  return services.store.get(recordType, recordId);
}

/**
 * Signs one version of one record (21 CFR 11.50, 11.70, 11.200; Annex 11 §14). Both components
 * are checked: the identity is the platform's (the caller), the secret is the passphrase. The
 * signature binds to the SHA-256 of the record's content at that version. Every attempt — wrong
 * passphrase, locked, or signed — leaves a permanent record in the trail.
 */
export async function signRecord(services: AppServices, caller: Caller, command: SignCommand): Promise<SignatureView> {
  const now = services.clock.now();
  const signers = signersFor(command.recordType, command.meaning);
  if (!signers) throw invalidInput('meaning', `A ${command.recordType} cannot be signed as ${command.meaning}`);
  if (!hasAccess(await callerRoles(services, caller.accountId), signers)) {
    throw forbidden(`Signing a ${command.recordType} as ${command.meaning} needs ${signers.join(' or ')}`);
  }
  const record = await currentRecord(services, command.recordType, command.recordId);
  if (!record) throw notFound(`${command.recordType} ${command.recordId} does not exist`);

  const attempt = {
    accountId: caller.accountId,
    purpose: 'sign' as const,
    recordType: command.recordType,
    recordId: command.recordId,
    recordVersion: command.recordVersion,
    meaning: command.meaning,
  };
  const stored = await services.store.get('signingCredential', caller.accountId);
  if (!stored || stored.record.status !== 'active') {
    await recordAttempt(services, { ...attempt, outcome: 'noPassphrase' }, now);
    throw invalidInput('passphrase', 'Set your signing passphrase first (My signing passphrase)');
  }
  if (isLocked(stored.record, now)) {
    await recordAttempt(services, { ...attempt, outcome: 'locked' }, now);
    throw new Failure(
      'forbidden',
      `Signing is locked until ${stored.record.lockedUntil} after ${MAX_FAILED_ATTEMPTS} wrong passphrases`,
    );
  }
  if (!(await passphraseMatches(services, stored.record, command.passphrase))) {
    await recordAttempt(services, { ...attempt, outcome: 'wrongPassphrase' }, now);
    const next = afterFailedAttempt(stored.record, now);
    await saveCredential(services, stored, next, caller.accountId, now, 'Wrong signing passphrase');
    const left = next.lockedUntil ? 0 : MAX_FAILED_ATTEMPTS - next.failedAttempts;
    throw invalidInput(
      'passphrase',
      left > 0
        ? `That signing passphrase is not right. ${left} attempt${left === 1 ? '' : 's'} left before signing locks for 15 minutes.`
        : `That signing passphrase is not right. Signing is locked until ${next.lockedUntil}.`,
    );
  }
  if (record.version !== command.recordVersion) {
    throw conflict(
      `You are signing version ${command.recordVersion}, but the record is now at version ${record.version}. Reload it, read it again, then sign.`,
      'recordVersion',
    );
  }

  const signature: Signature = {
    recordType: command.recordType,
    recordId: command.recordId,
    recordVersion: record.version,
    contentHash: recordContentHash(record.record),
    signerAccountId: caller.accountId,
    signerName: await services.directory.displayName(caller.accountId),
    signedAt: now.toISOString(),
    meaning: command.meaning,
  };
  const id = signatureId(signature);
  if (await services.store.get('signature', id)) {
    throw conflict(`You already signed version ${record.version} of this record as ${command.meaning}`, 'meaning');
  }
  await services.store.apply({
    entity: 'signature',
    id,
    before: null,
    after: signature,
    actor: caller.accountId,
    at: now,
  });
  await recordAttempt(services, { ...attempt, outcome: 'signed' }, now);
  if (stored.record.failedAttempts > 0) {
    await saveCredential(
      services,
      stored,
      afterSuccessfulAttempt(stored.record),
      caller.accountId,
      now,
      'Correct signing passphrase',
    );
  }
  return toView({ id, record: signature }, record.version, true);
}

function toView(
  stored: { id: string; record: Signature },
  currentVersion: number | null,
  bindingIntact: boolean,
): SignatureView {
  const s = stored.record;
  return {
    id: stored.id,
    ...s,
    meaningWords: signatureMeaningWords[s.meaning],
    status: signatureStatus(s, currentVersion),
    bindingIntact,
  };
}

/**
 * The signatures of a record, each with whether it still applies and whether its binding holds:
 * the hash it signed must equal the hash of the content the trail records for that version.
 */
export async function listSignatures(
  services: AppServices,
  query: { recordType: string; recordId: string },
): Promise<{ signatures: SignatureView[] }> {
  const record = await currentRecord(services, query.recordType, query.recordId);
  const all = (await services.store.listBy('signature', 'recordId', query.recordId)).filter(
    (s) => s.record.recordType === query.recordType,
  );
  const signatures: SignatureView[] = [];
  for (const stored of all) {
    const [entry] = await services.trail.entries({
      entityType: query.recordType,
      entityId: query.recordId,
      afterSeq: 0,
      limit: 1,
      entityVersion: stored.record.recordVersion,
    });
    const bindingIntact = entry !== undefined && recordContentHash(entry.after) === stored.record.contentHash;
    signatures.push(toView(stored, record?.version ?? null, bindingIntact));
  }
  return { signatures: signatures.sort((a, b) => a.signedAt.localeCompare(b.signedAt)) };
}
