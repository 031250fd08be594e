/**
 * The record types the app keeps, as the audit trail names them (`entityType`), with a title for
 * people. Copied from src/ports/entities.ts: the UI imports nothing from src at run time.
 */
export const recordTypeTitles = {
  programmeSettings: 'Programme settings',
  userRoles: 'App roles',
  programmeBootstrap: 'Programme set-up',
  signature: 'Electronic signature',
  signingCredential: 'Signing passphrase status',
  signingAttempt: 'Signing attempt',
} as const;

export type KnownRecordType = keyof typeof recordTypeTitles;

export const knownRecordTypes = Object.keys(recordTypeTitles) as KnownRecordType[];

/** The title of a record type, or the type's own name for one this build does not know. */
export function recordTypeTitle(type: string): string {
  return (recordTypeTitles as Record<string, string>)[type] ?? type;
}
