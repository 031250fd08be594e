import type { ResolverInput } from '../../../../src/contract';
import type { FindingSourceKind } from '../../../shared/words/findingSources';

export type SourceInput = ResolverInput<'recordNonconformity'>['source'];

/** One text the chosen source asks for: its key in the source, its label, and a hint. */
export interface SourceField {
  key: string;
  label: string;
  helper?: string;
  isRequired: boolean;
}

/**
 * What identifies a nonconformity in its own source's records, per kind (the contract's source
 * schema is the judge; this only says which fields to show). An internal audit's findings are
 * recorded on the audit itself, so it is not offered here.
 */
export const sourceFields: Record<Exclude<FindingSourceKind, 'internalAudit'>, SourceField[]> = {
  certificationAudit: [
    { key: 'body', label: 'Certification body', isRequired: true },
    { key: 'reference', label: 'Audit reference', helper: 'The body’s report or finding number', isRequired: true },
  ],
  regulatoryInspection: [
    { key: 'authority', label: 'Authority', helper: 'e.g. FDA, EMA, MHRA', isRequired: true },
    { key: 'reference', label: 'Inspection reference', helper: 'e.g. the Form 483’s reference', isRequired: true },
    {
      key: 'observation',
      label: 'Observation number',
      helper: 'Its number on the inspector’s list',
      isRequired: false,
    },
  ],
  incident: [
    { key: 'issueKey', label: 'Incident issue', helper: 'The incident’s Jira key, e.g. INC-42', isRequired: true },
  ],
  monitoring: [
    { key: 'reference', label: 'What was monitored or measured', helper: 'e.g. the KPI and month', isRequired: true },
  ],
  supplierAudit: [
    { key: 'supplier', label: 'Supplier', isRequired: true },
    { key: 'reference', label: 'Audit reference', isRequired: false },
  ],
  customerComplaint: [{ key: 'reference', label: 'Complaint reference', isRequired: true }],
  managementReview: [{ key: 'reviewId', label: 'Management review id', isRequired: true }],
  other: [{ key: 'description', label: 'Where it came from', isRequired: true }],
};

export type IntakeKind = keyof typeof sourceFields;

/** The source as the resolver takes it: the kind and the texts its fields hold. */
export function sourceInput(kind: IntakeKind, texts: Readonly<Record<string, string>>): SourceInput {
  const entries = sourceFields[kind].map((field) => [field.key, texts[field.key] ?? '']);
  return { kind, ...Object.fromEntries(entries) } as SourceInput;
}
