import type { AppRole } from '../../domain/access/appRole';
import type { SignatureMeaning } from '../../domain/signing/signatureMeaning';
import type { EntityName } from '../../ports/entities';

/**
 * Which records can be signed, with which meaning, by whom. Later issues add their records here
 * (audit reports, impartiality overrides, verifications, management reviews).
 */
export const signableRecords: Partial<Record<EntityName, Partial<Record<SignatureMeaning, readonly AppRole[]>>>> = {
  // The programme's frame is approved by its manager (ISO 27001 9.2.2) and may be reviewed by a lead auditor.
  programmeSettings: { approved: ['programmeManager'], reviewed: ['programmeManager', 'leadAuditor'] },
  // The SoA (6.1.3 d) and each cycle's programme (9.2.2) are approved by the programme manager.
  statementOfApplicability: { approved: ['programmeManager'], reviewed: ['programmeManager', 'leadAuditor'] },
  auditProgramme: { approved: ['programmeManager'], reviewed: ['programmeManager', 'leadAuditor'] },
  // Only a programme manager may authorise an auditor to audit an area they own or work in.
  impartialityOverride: { impartialityOverride: ['programmeManager'] },
  // A corrective-action plan is approved before implementation by a programme manager or lead auditor (10.2 c).
  caPlanApproval: { approved: ['programmeManager', 'leadAuditor'] },
  // A due-date extension is approved by a programme manager who did not ask for it.
  dueDateExtension: { approved: ['programmeManager'] },
  // An effectiveness verification (10.2 d) is signed by the independent person who checked it.
  caVerification: { verified: ['programmeManager', 'leadAuditor', 'auditor'] },
  // A lead auditor or programme manager approves an audit plan before fieldwork.
  audit: { approved: ['programmeManager', 'leadAuditor'] },
  // The lead auditor approves the audit report (the use case checks it is this audit's lead).
  auditReport: { approved: ['programmeManager', 'leadAuditor'] },
  // A programme manager closes a finding without corrective action (observations, OFIs: 10.1).
  ncExemption: { closure: ['programmeManager'] },
  // Top management approves the minutes of a management review (9.3.3).
  managementReview: { approved: ['topManagement'] },
};

export function signersFor(recordType: string, meaning: SignatureMeaning): readonly AppRole[] | null {
  const policy = signableRecords[recordType as EntityName];
  return policy?.[meaning] ?? null;
}
