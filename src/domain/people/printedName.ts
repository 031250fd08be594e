/**
 * The name a page or macro prints for a person. Pages the app renders without asking Jira (the
 * review macros) print the display name stored with the record when it was written; a record
 * written before names were kept has none, and then says so beside the account id, so the line is
 * still attributable and never passes an id off as a name.
 */
export function printedName(storedName: string | null | undefined, accountId: string): string {
  const name = storedName?.trim();
  return name ? name : `Account ${accountId} (name not recorded)`;
}
