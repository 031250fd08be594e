import { conflict, forbidden } from '../../domain/failure';
import { auditStateTitles, isCompleted } from '../../domain/audits/auditState';
import type { SignatureMeaning } from '../../domain/signing/signatureMeaning';
import type { EntityName } from '../../ports/entities';
import { requireAuditAction } from '../access/auditAccess';
import type { AppServices, Caller } from '../services';

/**
 * Record kinds signed only through their own action, which checks what a bare signature cannot
 * (whose report it is, independence from the implementer, the conflict being overridden) and
 * writes the record and its signature together. The generic `signRecord` refuses them.
 */
const ownSigningAction: Partial<Record<EntityName, string>> = {
  auditReport: "Approve it from its audit (Approve the report): only that audit's lead auditor approves it",
  caVerification:
    'Verify the corrective action on its Jira issue (Verify effectiveness): it checks the verifier is independent',
  impartialityOverride:
    'Override the conflict from the audit plan (Override impartiality): it records the justification with the signature',
};

type RecordRule = (services: AppServices, caller: Caller, recordId: string, meaning: SignatureMeaning) => Promise<void>;

/**
 * The rules of the record kinds the UI signs through `signRecord`, beyond the role table
 * (signableRecords). Programme settings, the SoA and the audit programme have none beyond the role.
 */
const recordRules: Partial<Record<EntityName, RecordRule>> = {
  // An audit plan is approved by that audit's lead auditor or a programme manager, before or during
  // fieldwork (a plan revised during the audit is approved again); once the audit is reported,
  // an approval would only backdate the plan.
  audit: async (services, caller, recordId) => {
    const stored = await services.store.get('audit', recordId);
    if (!stored) return;
    await requireAuditAction(services, caller, stored.record, 'manage');
    if (isCompleted(stored.record.state)) {
      throw conflict(
        `The plan of "${stored.record.plan.title}" is approved before or during fieldwork; the audit is past fieldwork (${auditStateTitles[stored.record.state]})`,
        'recordId',
      );
    }
  },
  // Minutes are approved once the meeting is recorded, and not by whoever prepared the review.
  managementReview: async (services, caller, recordId) => {
    const stored = await services.store.get('managementReview', recordId);
    if (!stored) return;
    const review = stored.record;
    if (review.createdBy === caller.accountId) {
      throw forbidden(`You prepared "${review.title}": its minutes are approved by another member of top management`);
    }
    if (review.heldOn === null || review.minutes.trim() === '') {
      throw conflict(`Record when "${review.title}" was held and its minutes before they are approved`, 'recordId');
    }
  },
};

/**
 * Refuses, before anything is written, a signature the record's own rules do not allow
 * (21 CFR 11.10(g): authority checks): kinds with their own signing action, and the record-level
 * conditions of the others. The role table was checked already.
 */
export async function requireRecordSigningRules(
  services: AppServices,
  caller: Caller,
  target: { recordType: string; recordId: string; meaning: SignatureMeaning },
): Promise<void> {
  const kind = target.recordType as EntityName;
  const own = ownSigningAction[kind];
  if (own) throw forbidden(`A ${target.recordType} is not signed here. ${own}.`);
  await recordRules[kind]?.(services, caller, target.recordId, target.meaning);
}
