/** The statements every recorded nonconformity has, each a text area under its label. */
export const findingStatements = [
  { key: 'requirement', label: 'Requirement', isRequired: true },
  { key: 'evidence', label: 'Statement (what was seen)', isRequired: true },
  {
    key: 'gap',
    label: 'Gap',
    helper: 'How it falls short of the requirement; required for a nonconformity',
    isRequired: false,
  },
] as const satisfies ReadonlyArray<{ key: string; label: string; helper?: string; isRequired: boolean }>;

export type FindingStatementKey = (typeof findingStatements)[number]['key'];
