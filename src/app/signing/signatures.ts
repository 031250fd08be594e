import { createHash } from 'node:crypto';
import type { SignatureView } from '../../contract/signing';
import { forbidden, invalidInput, notFound, conflict } from '../../domain/failure';
import { appRoleTitles, hasAccess } from '../../domain/access/appRole';
import { recordContentHash, signatureStatus, type Signature } from '../../domain/signing/signature';
import { bindingHolds } from '../../domain/signing/signatureBinding';
import { signatureMeaningWords, type SignatureMeaning } from '../../domain/signing/signatureMeaning';
import { recordBreak } from '../../domain/trail/recordIntegrity';
import { isEntityName } from '../../ports/entities';
import type { StoredRecord } from '../../ports/recordStore';
import { callerRoles } from '../access/callerRoles';
import type { AppServices, Caller } from '../services';
import { checkSigner, recordAttempt, signingAttemptOf, type VerifiedSigner } from './credentials';
import { signersFor } from './signableRecords';
import { requireNoOwnSigningAction, requireRecordSigningRules } from './recordSigningRules';

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

/** Whether the caller's roles allow signing this record type with this meaning (signableRecords). */
export async function requireSigningRole(
  services: AppServices,
  caller: Caller,
  recordType: string,
  meaning: SignatureMeaning,
): Promise<void> {
  const signers = signersFor(recordType, meaning);
  if (!signers) throw invalidInput('meaning', `A ${recordType} cannot be signed as ${meaning}`);
  if (!hasAccess(await callerRoles(services, caller.accountId), signers)) {
    const roles = signers.map((role) => appRoleTitles[role]).join(' or ');
    throw forbidden(`You need the ${roles} role to sign this record as ${meaning}; ask your programme manager`);
  }
}

/** A signature is for the version the signer read: a record that has moved on is read again first. */
function requireSignedVersion(recordVersion: number, record: StoredRecord<unknown>): void {
  if (record.version !== recordVersion) {
    throw conflict(
      `You are signing version ${recordVersion}, but the record is now at version ${record.version}. Reload it, read it again, then sign.`,
      'recordVersion',
    );
  }
}

/**
 * The second step of signing: binds the verified signer to `record` (which must still be at the
 * version the passphrase was given for), writes the signature and the successful attempt.
 */
export async function writeSignature(
  services: AppServices,
  signer: VerifiedSigner,
  record: StoredRecord<unknown>,
): Promise<SignatureView> {
  const { target, at } = signer;
  // The passphrase was given for one record: a signature may never land on another (a bug, not input).
  if (record.id !== target.recordId)
    throw new Error(`writeSignature: verified for ${target.recordId}, not ${record.id}`);
  requireSignedVersion(target.recordVersion, record);
  const signature: Signature = {
    recordType: target.recordType,
    recordId: target.recordId,
    recordVersion: record.version,
    contentHash: recordContentHash(record.record),
    signerAccountId: signer.accountId,
    signerName: await services.directory.displayName(signer.accountId),
    signedAt: at.toISOString(),
    meaning: target.meaning,
  };
  const id = signatureId(signature);
  if (await services.store.get('signature', id)) {
    throw conflict(`You already signed version ${record.version} of this record as ${target.meaning}`, 'meaning');
  }
  await services.store.apply({
    entity: 'signature',
    id,
    before: null,
    after: signature,
    actor: signer.accountId,
    at,
  });
  // The success clears the failure count by itself being recorded (lockStateOf): nothing to update,
  // so nothing can conflict once the signature is written.
  await recordAttempt(services, { ...signingAttemptOf(signer.accountId, target), outcome: 'signed' }, at);
  return toView({ id, record: signature }, record.version, true);
}

/**
 * Signs one version of one record (21 CFR 11.50, 11.70, 11.200; Annex 11 §14). Both components
 * are checked: the identity is the platform's (the caller), the secret is the passphrase. The
 * signature binds to the SHA-256 of the record's content at that version. Every attempt — wrong
 * passphrase, locked, or signed — leaves a permanent record in the trail.
 */
export async function signRecord(services: AppServices, caller: Caller, command: SignCommand): Promise<SignatureView> {
  const now = services.clock.now();
  const { recordType, recordId, recordVersion, meaning } = command;
  await requireSigningRole(services, caller, recordType, meaning);
  requireNoOwnSigningAction(recordType);
  const record = await currentRecord(services, recordType, recordId);
  if (!record) throw notFound(`${recordType} ${recordId} does not exist`);
  // The record's own rules before the passphrase, on the record read once: a refused signature
  // writes nothing at all.
  await requireRecordSigningRules(services, caller, recordType, record);
  // A stale version is refused before the passphrase is used, so it costs no attempt (writeSignature
  // checks again, for a change made while the passphrase was being checked).
  requireSignedVersion(recordVersion, record);
  const signer = await checkSigner(
    services,
    caller,
    { recordType, recordId, recordVersion, meaning },
    command.passphrase,
    now,
  );
  return writeSignature(services, signer, record);
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

/** The listSignatures resolver's use case: any app role may read a record's signatures. */
export async function listSignatures(
  services: AppServices,
  _caller: Caller,
  query: { recordType: string; recordId: string },
): Promise<{ signatures: SignatureView[] }> {
  return signaturesOf(services, query);
}

/**
 * The signatures of a record, each with whether it still applies and whether its binding holds:
 * the hash it signed must equal the hash of the content the trail records for that version and,
 * for the current version, the stored record must be what the trail recorded (see bindingHolds).
 */
export async function signaturesOf(
  services: AppServices,
  query: { recordType: string; recordId: string },
): Promise<{ signatures: SignatureView[] }> {
  const record = await currentRecord(services, query.recordType, query.recordId);
  const all = (await services.store.listBy('signature', 'recordId', query.recordId)).filter(
    (s) => s.record.recordType === query.recordType,
  );
  // One trail read for every version the signatures name, however many there are.
  const versions = [...new Set(all.map((s) => s.record.recordVersion))];
  const signed =
    versions.length === 0
      ? []
      : await services.trail.entries({
          entityType: query.recordType,
          entityId: query.recordId,
          entityVersions: versions,
          afterSeq: 0,
          limit: versions.length,
        });
  // The stored record against the trail, once for all its signatures (it matters to the current ones).
  const beside =
    record && all.length > 0 ? await services.trail.recordBesideTrail(query.recordType, query.recordId) : null;
  const current = record
    ? { version: record.version, matchesTrail: beside !== null && recordBreak(beside) === null }
    : null;
  const signatures = all.map((stored) => {
    const entry = signed.find((e) => e.entityVersion === stored.record.recordVersion);
    return toView(stored, record?.version ?? null, bindingHolds(stored.record, entry, current));
  });
  return { signatures: signatures.sort((a, b) => a.signedAt.localeCompare(b.signedAt)) };
}
