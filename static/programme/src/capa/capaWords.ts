/** Words for the CAPA effectiveness report (the CSV keeps the stored names). */
export const capaSourceTitles: Record<string, string> = {
  internalAudit: 'Internal audit',
  certificationAudit: 'Certification audit',
  regulatoryInspection: 'Regulatory inspection',
  incident: 'Incident',
  monitoring: 'Monitoring and measurement',
  supplierAudit: 'Supplier audit',
  customerComplaint: 'Customer complaint',
  managementReview: 'Management review',
  other: 'Other',
};

/** A source's words, or its stored name for a source this page does not know yet. */
export const capaSourceTitle = (source: string) => capaSourceTitles[source] ?? source;

export const yesNoBlank = (value: boolean | null) => (value === null ? '—' : value ? 'Yes' : 'No');
