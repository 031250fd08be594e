/**
 * Small builders for the storage-format XHTML of the pages the app writes (the audit plan, the audit
 * report): every text escaped, so what people typed never becomes markup.
 */

// Characters XML 1.0 cannot carry at all, even escaped; Confluence would refuse the whole page.
// eslint-disable-next-line no-control-regex
const notXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data: every markup character escaped, so `<script>` in a title shows as text. */
export function escapeXml(text: string): string {
  return text
    .replace(notXmlChars, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const element = (name: string, content: string) => `<${name}>${content}</${name}>`;

/** Multi-line text as one paragraph per non-empty line; a placeholder when there is none. */
export function paragraphs(text: string, empty = 'Not stated.'): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) return element('p', element('em', escapeXml(empty)));
  return lines.map((line) => element('p', escapeXml(line))).join('');
}

export function list(items: readonly string[], empty: string): string {
  if (items.length === 0) return element('p', element('em', escapeXml(empty)));
  return element('ul', items.map((item) => element('li', escapeXml(item))).join(''));
}

export const section = (heading: string, body: string, level: 2 | 3 = 2) =>
  element(`h${level}`, escapeXml(heading)) + body;

/** A two-column table of labelled facts. */
export function factsTable(rows: ReadonlyArray<readonly [string, string]>): string {
  const body = rows.map(([label, value]) =>
    element('tr', element('th', escapeXml(label)) + element('td', escapeXml(value))),
  );
  return element('table', element('tbody', body.join('')));
}

/** A table with a header row; cells are text. */
export function textTable(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const header = element('tr', columns.map((column) => element('th', escapeXml(column))).join(''));
  const body = rows.map((row) => element('tr', row.map((cell) => element('td', escapeXml(cell))).join('')));
  return element('table', element('tbody', [header, ...body].join('')));
}

/** "reporting" → "Reporting": a word from a sentence standing alone in a table cell. */
export const firstUpper = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Confluence titles are at most 255 characters. */
const maxTitleLength = 255;

/**
 * A page title unique in the space because it ends with what tells the record apart (an audit's
 * planned dates), which always stays: a long record title is shortened instead.
 */
export function titleWithId(prefix: string, title: string, id: string): string {
  const suffix = ` (${id})`;
  const room = maxTitleLength - prefix.length - suffix.length;
  const shown = title.length <= room ? title : `${title.slice(0, Math.max(0, room - 1))}…`;
  return `${prefix}${shown}${suffix}`;
}
