import { conflict, forbidden } from '../../domain/failure';
import { auditStateTitles, isCompleted } from '../../domain/audits/auditState';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import type { ManagementReviewRecord } from '../../domain/review/managementReview';
import type { EntityName } from '../../ports/entities';
import type { StoredRecord } from '../../ports/recordStore';
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
  caPlanApproval:
    "Approve the plan on the corrective action's Jira issue (Approve the plan): it records the effectiveness criteria and check date with the signature",
  dueDateExtension:
    'Decide the extension on the corrective action (Approve the extension): it checks you did not ask for it and moves the due date',
  ncExemption:
    'Exempt the finding from corrective action (Exempt from corrective action): it checks the grade policy allows it and no action is open',
  impartialityOverride:
    'Override the conflict from the audit plan (Override impartiality): it records the justification with the signature',
};

type RecordRule = (services: AppServices, caller: Caller, record: StoredRecord<unknown>) => Promise<void>;

/**
 * The rules of the record kinds the UI signs through `signRecord`, beyond the role table
 * (signableRecords). Programme settings, the SoA and the audit programme have none beyond the role.
 */
// Each rule is keyed by its record type, so the record it is given is of that type.
const recordRules: Partial<Record<EntityName, RecordRule>> = {
  // An audit plan is approved by that audit's lead auditor or a programme manager, before or during
  // fieldwork (a plan revised during the audit is approved again); once the audit is reported,
  // an approval would only backdate the plan.
  audit: async (services, caller, stored) => {
    const audit = stored.record as AuditRecord;
    await requireAuditAction(services, caller, audit, 'manage');
    if (isCompleted(audit.state)) {
      throw conflict(
        `The plan of "${audit.plan.title}" is approved before or during fieldwork; the audit is past fieldwork (${auditStateTitles[audit.state]})`,
        'recordId',
      );
    }
  },
  // Minutes are approved once the meeting is recorded, and not by whoever prepared the review.
  managementReview: async (_services, caller, stored) => {
    const review = stored.record as ManagementReviewRecord;
    if (review.createdBy === caller.accountId) {
      throw forbidden(`You prepared "${review.title}": its minutes are approved by another member of top management`);
    }
    if (review.heldOn === null || review.minutes.trim() === '') {
      throw conflict(`Record when "${review.title}" was held and its minutes before they are approved`, 'recordId');
    }
  },
};

/**
 * Refuses a signature through `signRecord` for a kind that has its own signing action. Needs no
 * read, so it is asked before the record is read.
 */
export function requireNoOwnSigningAction(recordType: string): void {
  const own = ownSigningAction[recordType as EntityName];
  if (own) throw forbidden(`A ${recordType} is not signed here. ${own}.`);
}

/**
 * Refuses, before anything is written, a signature the record's own rules do not allow
 * (21 CFR 11.10(g): authority checks): the record-level conditions of the kinds signed through
 * `signRecord`, on the record the caller read. The role table was checked already.
 */
export async function requireRecordSigningRules(
  services: AppServices,
  caller: Caller,
  recordType: string,
  record: StoredRecord<unknown>,
): Promise<void> {
  await recordRules[recordType as EntityName]?.(services, caller, record);
}
