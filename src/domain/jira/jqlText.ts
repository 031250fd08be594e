/** Small pieces of JQL the app writes itself; user text only ever enters as a quoted string. */

/** A JQL string literal: double quotes, with `"` and `\` escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `alias in ("a", "b")` over an indexed property alias, e.g. `auditFindingId`. */
export function jqlIn(field: string, values: readonly string[]): string {
  return `${field} in (${values.map(jqlString).join(', ')})`;
}

export const issueKeyPattern = /^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/;

/**
 * Does the text read as JQL rather than words to look for? A comparison (`=`, `~`, `<`, `>`),
 * `in (…)`, `is empty` or `order by` is taken as JQL; plain words ("leavers kept VPN access in
 * Q3") are searched as summary text.
 */
export function looksLikeJql(text: string): boolean {
  return (
    /[=~<>]/.test(text) ||
    /\b(not\s+)?in\s*\(/i.test(text) ||
    /\bis\s+(not\s+)?(empty|null)\b/i.test(text) ||
    /\border\s+by\b/i.test(text)
  );
}

/**
 * The search for a picker: the key itself, JQL as typed, or the words of a summary in the
 * configured projects (`summary ~`: summary words are what people remember, and the local
 * emulator has no `text` field).
 */
export function pickerJql(query: string, projectKeys: readonly string[]): string {
  const text = query.trim();
  if (issueKeyPattern.test(text.toUpperCase())) return `key = ${text.toUpperCase()}`;
  if (looksLikeJql(text)) return text;
  const projects = projectKeys.length > 0 ? `project in (${projectKeys.map(jqlString).join(', ')}) AND ` : '';
  return `${projects}summary ~ ${jqlString(text)} ORDER BY updated DESC`;
}
