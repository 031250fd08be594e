/**
 * The words a person knows a resolver's input field by. Refusals name fields by these labels,
 * never by their path (`plan.areaIds.0`), because the sandbox's HTTP interface, scripts and every
 * form show the message as it is. Keys not listed here are read from their camelCase name.
 */
const labels: Record<string, string> = {
  accountId: 'Person',
  afterSeq: 'First entry',
  applicable: 'Applicability',
  areaIds: 'Areas',
  auditeeIds: 'Auditees',
  capaQuery: 'CAPA query',
  csv: 'CSV file',
  expectedVersion: 'Version you read',
  findingIds: 'Findings',
  id: 'Record',
  entityId: 'Record',
  incidentHoursToResolve: 'Hours to resolve an incident',
  incidentsJql: 'Incidents JQL',
  ismsChanges: 'ISMS changes',
  ismsSpaceKey: 'ISMS space key',
  itemId: 'Clause or control',
  itemIds: 'Clauses and controls',
  jql: 'JQL',
  majorNC: 'Major nonconformities',
  minorNC: 'Minor nonconformities',
  memberIds: 'Members',
  raiseOnMajorNc: 'Raise on a major nonconformity',
  teamIds: 'Audit team',
  throughSeq: 'Last entry',
  to: 'End',
  from: 'Start',
  trainingCompletionPct: 'Training completion (%)',
  url: 'Web address',
};

/** `plannedStart` → "Planned start", `leadAuditorId` → "Lead auditor", `areaIds` → "Areas". */
function fromCamelCase(key: string): string {
  const plural = key.endsWith('Ids');
  const stem = plural ? key.slice(0, -3) : key.endsWith('Id') && key.length > 2 ? key.slice(0, -2) : key;
  const words = stem
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .map((word) => (/^[A-Z0-9]+$/.test(word) && word.length > 1 ? word : word.toLowerCase()));
  const text = words.join(' ') + (plural ? 's' : '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label of the field at `path`: its last named part (an index in a list names the list). */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((part) => typeof part === 'string' && !/^\d+$/.test(part));
  if (typeof named !== 'string') return 'Request';
  return labels[named] ?? fromCamelCase(named);
}

/** Which entry of a list the path points into (1-based), when it does. */
export function entryNumber(path: readonly PropertyKey[]): number | null {
  const last = path[path.length - 1];
  if (typeof last === 'number') return last + 1;
  return typeof last === 'string' && /^\d+$/.test(last) ? Number(last) + 1 : null;
}

/** The label inside a sentence: "Title" → "the title", "ISMS space key" stays as it is written. */
export function theLabel(label: string): string {
  const lower = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return `the ${lower}`;
}
