// `npm run permissions`: writes docs/security/permissions.md, who may call each resolver and each
// other entry point, from the resolver contract's `access` plus the object-level rules the use
// cases enforce. A test fails when the committed document and this output disagree, so the
// document an inspector reads cannot drift from the code.
import fs from 'node:fs';
import path from 'node:path';
import { resolverContract, type ResolverName } from '../src/contract/resolvers';
import { appRoles, appRoleTitles, hasAccess, type Access, type AppRole } from '../src/domain/access/appRole';

export const permissionsFile = path.resolve(__dirname, '..', 'docs', 'security', 'permissions.md');

/** The entry points that are not resolvers, with who (or what) calls them and the check each makes. */
export const otherEntryPoints: ReadonlyArray<{ kind: string; functions: string; caller: string; check: string }> = [
  {
    kind: 'adfExport (PDF/Word export of a review macro)',
    functions: 'mx-* (entry/reviewExport.ts), one per review macro',
    caller: 'The user exporting the Confluence page',
    check:
      'The exporting user, from the platform context, must hold an app role (the getMacroData rule); with no user there are no figures. The macro config is parsed against the macro kind before any read. Anyone else gets a document saying the figures are not available.',
  },
  {
    kind: 'Queue consumer',
    functions: 'raise-issues (entry/raiseIssuesConsumer.ts)',
    caller: 'The platform, with a chunk the raiseFindingIssues resolver pushed after its own role check',
    check: 'The event must parse as a raise chunk of an existing job; anything else is dropped and changes nothing.',
  },
  {
    kind: 'Queue consumer',
    functions: 'trail-jobs (entry/trailJobsConsumer.ts)',
    caller:
      'The platform, with a chunk of a full re-verification or an export that a resolver (startFullVerification, startTrailExport, startRecordExport) or the weekly schedule pushed after its own check',
    check:
      'The event must parse as a verification or export chunk of an existing job at the chunk it expects; anything else is dropped or ignored and changes nothing.',
  },
  {
    kind: 'Product trigger',
    functions: 'issue-events (entry/issueEvents.ts)',
    caller: 'Jira (issue created, updated, deleted; the app’s own changes are ignored)',
    check: 'The payload must parse as an issue event; only issues the app tracks are mirrored.',
  },
  {
    kind: 'Scheduled trigger',
    functions: 'jira-reconciliation, overdue-sweep, trail-repair, trail-reverify',
    caller: 'The platform’s scheduler; no user',
    check: 'Takes no input from a caller; works only on records already in the store and Jira.',
  },
  {
    kind: 'Workflow validator',
    functions: 'verification-gate (entry/verificationGate.ts)',
    caller: 'Jira, on a transition an admin attached it to',
    check: 'A payload it cannot read is refused; an action closes only with a recorded effective verification.',
  },
];

/** Rules finer than the role: which audit, area, record, page or issue a caller may act on. */
export const objectRules: readonly string[] = [
  'Fieldwork (checklist lines, findings, evidence) on an audit: only its lead auditor and team; an auditor of one audit is refused on another.',
  'Corrective actions: an auditee works only actions whose findings are all in areas they own or belong to; a lead auditor or programme manager works any.',
  'Signing: a caller signs only as themselves, with their own passphrase; wrong passphrases count towards a lockout whatever the order they arrive in. Only a programme manager resets another person’s passphrase.',
  'Report approval, verification of effectiveness and impartiality overrides are signed acts: each is recorded once, however many times it is sent at once.',
  'Jira issues: searching, linking and reading an issue’s context run as the caller, so an issue they cannot browse is not found for them.',
  'Confluence pages: plans and review pages are read and written as the caller where a page is named; a page they cannot view is not found for them.',
  'A payload never names the caller: the account comes from the platform context, and fields such as accountId or actor in a payload are refused or ignored.',
];

/** Who may call, in words: shared with `npm run docs`, so both documents name callers alike. */
export function who(access: Access): string {
  if (access === 'anyone') return 'Anyone signed in';
  if (access === 'anyAppRole') return 'Any app role';
  return access.map((role) => appRoleTitles[role]).join(', ');
}

function allowed(access: Access, role: AppRole | null): string {
  return hasAccess(role ? [role] : [], access) ? 'yes' : '—';
}

/**
 * A markdown table, padded as the project's formatter pads them (so `npm run lint` agrees with a
 * generated document); the first row is the header.
 */
export function markdownTable(cells: string[][]): string[] {
  const escaped = cells.map((row) => row.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')));
  const widths = escaped[0]!.map((_, i) => Math.max(3, ...escaped.map((row) => [...row[i]!].length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join(' | ')} |`;
  const [head, ...body] = escaped;
  return [line(head!), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** The document, with tables padded as the project's formatter pads them (so `npm run lint` agrees). */
export function permissionsMarkdown(): string {
  const names = Object.keys(resolverContract) as ResolverName[];
  const header = ['Resolver', 'Who may call', ...appRoles.map((role) => appRoleTitles[role]), 'No role'];
  const rows = names.map((name) => {
    const { access, summary } = resolverContract[name];
    return [
      `\`${name}\` — ${summary}`,
      who(access),
      ...appRoles.map((role) => allowed(access, role)),
      allowed(access, null),
    ];
  });
  return [
    '# Who may call what',
    '',
    'Generated by `npm run permissions` from the resolver contract (`src/contract/resolvers.ts`) and the',
    'object-level rules below; do not edit by hand. A test fails when this file and the code disagree.',
    '',
    'Every resolver call is parsed against its input schema, then the caller is identified from the',
    'platform context (never the payload) and their app roles are checked; only then does the use case run,',
    'and only then may it act as the app. "No role" is a signed-in user the programme manager has given no',
    'app role.',
    '',
    `## Resolvers (${names.length})`,
    '',
    ...markdownTable([header, ...rows]),
    '',
    '## Object-level rules',
    '',
    ...objectRules.map((rule) => `- ${rule}`),
    '',
    '## Other entry points',
    '',
    ...markdownTable([
      ['Entry point', 'Functions', 'Called by', 'Check'],
      ...otherEntryPoints.map((e) => [e.kind, e.functions, e.caller, e.check]),
    ]),
    '',
  ].join('\n');
}

if (process.argv[1] && path.basename(process.argv[1]) === 'permissions.ts') {
  fs.mkdirSync(path.dirname(permissionsFile), { recursive: true });
  fs.writeFileSync(permissionsFile, permissionsMarkdown());
  console.log(`wrote ${path.relative(process.cwd(), permissionsFile)}`);
}
