import type { ResolverOutput } from '../../../src/contract';

export type FindingSourceKind = ResolverOutput<'recordFinding'>['finding']['source']['kind'];

/**
 * Where a nonconformity came from, in words, as the domain names them (copied: the UI imports only
 * the contract's types); `satisfies` makes the compiler flag a new source. The programme's intake,
 * the register's filters and the macro config read them from here.
 */
export const findingSourceTitles = {
  internalAudit: 'Internal audit',
  certificationAudit: 'Certification audit',
  regulatoryInspection: 'Regulatory inspection',
  incident: 'Incident',
  monitoring: 'Monitoring and measurement',
  supplierAudit: 'Supplier audit',
  customerComplaint: 'Customer complaint',
  managementReview: 'Management review',
  other: 'Other',
} as const satisfies Record<FindingSourceKind, string>;
