import type { OverrideView } from '../../contract/audits';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import { auditStateTitles } from '../../domain/audits/auditState';
import { coversPlan, stepsOf } from '../../domain/audits/auditSteps';
import {
  element,
  escapeXml,
  factsTable,
  firstUpper,
  list,
  paragraphs,
  section,
  titleWithId,
} from '../pages/storageXhtml';

/** What a page title is made of: the audit's title and its planned dates. */
export type PlanDates = Pick<AuditRecord['plan'], 'title' | 'plannedStart' | 'plannedEnd'>;

/** "2026-07-01 to 2026-07-14": the audit's planned dates, as its page titles show them. */
export const auditDates = (plan: PlanDates) => `${plan.plannedStart} to ${plan.plannedEnd}`;

/** Everything the plan page shows, with names already looked up: rendering is pure. */
export interface PlanPageInput {
  auditId: string;
  /** The audit record's version whose plan the page shows. */
  recordVersion: number;
  audit: AuditRecord;
  /** The programme cycle: first and last day (inclusive). */
  cycle: { firstDay: string; lastDay: string; lengthMonths: number };
  areaNames: ReadonlyMap<string, string>;
  /** accountId → display name, for the lead, team and auditees. */
  people: ReadonlyMap<string, string>;
  overrides: readonly OverrideView[];
}

/**
 * The plan page's title, derived only from the record and in people's words: the audit's title and
 * its planned dates, which tell apart two audits of the same name (the id stays out of sight). The
 * page is found again by the id the app stored, so a new title or new dates rename the same page;
 * were two audits ever to share title and dates, the second is refused rather than written over
 * the first (see writeAppPage).
 */
export function planPageTitle(plan: PlanDates): string {
  return titleWithId('Audit plan – ', plan.title, auditDates(plan));
}

/** One impartiality override as the plan and report pages print it. */
export function overrideLine(view: OverrideView): string {
  const { override, signature } = view;
  const relation = override.reason === 'owner' ? 'owns' : 'is a member of';
  const signed = signature
    ? `approved by ${view.approvedByName}, signed ${signature.signedAt}`
    : `approved by ${view.approvedByName}, not signed yet (not in effect)`;
  return `${view.auditorName} ${relation} ${view.areaName}: ${override.justification} (${signed})`;
}

/** How the plan reaches its auditees (ISO 19011 6.3.2): this page, and their acknowledgement in the app. */
const acknowledgeRequest =
  'Auditees: please read this plan and acknowledge it in the ISO 27001 audit app (Audit programme › Audits › this audit › Acknowledge the plan). Fieldwork starts once the approved plan is acknowledged by every auditee.';

/** Names the record's version, not its id: people read the page (the app's record keeps which page it wrote). */
const provenanceText = (version: number) =>
  `Published by the ISO 27001 audit app from the audit record, version ${version}`;

/**
 * The provenance line names the record version, which moves with every publish; content comparisons
 * skip it. Pages written before the line lost the record's id ("from record audit_… version 3") match too.
 */
const provenancePattern = /<p><em>Published by the ISO 27001 audit app from [^<]*version \d+<\/em><\/p>$/;

/** The page body without its provenance line: equal bodies mean the plan the page shows has not changed. */
export function planContentOf(storage: string): string {
  return storage.replace(provenancePattern, '');
}

/** The audit plan as Confluence storage-format XHTML: what stakeholders read before the audit. */
export function renderPlanPage(input: PlanPageInput): string {
  const { audit, people, areaNames } = input;
  const { plan } = audit;
  const nameOf = (accountId: string) => people.get(accountId) ?? accountId;
  const dates = `${plan.plannedStart} to ${plan.plannedEnd}`;
  const steps = stepsOf(audit);
  const auditeeLine = (accountId: string) => {
    const ack = steps.acknowledgements.find(
      (a) => a.auditeeId === accountId && coversPlan(a.auditVersion, steps.planVersion),
    );
    return ack ? `${nameOf(accountId)} (acknowledged ${ack.acknowledgedOn})` : nameOf(accountId);
  };
  const facts: Array<[string, string]> = [
    ['Programme cycle', `${input.cycle.firstDay} to ${input.cycle.lastDay} (${input.cycle.lengthMonths} months)`],
    ['State', firstUpper(auditStateTitles[audit.state])],
    ['Planned dates', dates],
    ...(audit.reportedOn ? [['Reported on', audit.reportedOn] as [string, string]] : []),
  ];
  const scopeItems = plan.itemIds.map((id) => {
    const item = catalogueItem(id);
    return item ? `${id} ${item.title}` : id;
  });
  return [
    element('h1', escapeXml(plan.title)),
    factsTable(facts),
    section(
      'Areas',
      list(
        plan.areaIds.map((id) => areaNames.get(id) ?? id),
        'No areas.',
      ),
    ),
    section('Scope: clauses and controls', list(scopeItems, 'No clauses or controls.')),
    section('Objectives', paragraphs(plan.objectives)),
    section('Criteria', paragraphs(plan.criteria)),
    section('Methods', paragraphs(plan.methods)),
    section('Resources', paragraphs(plan.resources)),
    section(
      'Audit team',
      list(
        [
          `Lead auditor: ${plan.leadAuditorId ? nameOf(plan.leadAuditorId) : 'not assigned yet'}`,
          ...plan.teamIds.map((id) => `Auditor: ${nameOf(id)}`),
        ],
        'No team.',
      ),
    ),
    section(
      'Auditees',
      list(plan.auditeeIds.map(auditeeLine), 'No auditees named yet.') +
        (plan.auditeeIds.length > 0 ? element('p', escapeXml(acknowledgeRequest)) : ''),
    ),
    section('Impartiality overrides', list(input.overrides.map(overrideLine), 'None.')),
    '<hr />',
    element('p', element('em', escapeXml(provenanceText(input.recordVersion)))),
  ].join('');
}
