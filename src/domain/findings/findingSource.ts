import { z } from 'zod';

/**
 * Where a nonconformity came from. ISO 27001 10.2 asks that every nonconformity be dealt with,
 * whoever found it: an internal audit is one source among many, and a quality team that keeps
 * inspection observations or complaints in a second system splits its 10.2 records in two.
 */
export const findingSourceKinds = [
  'internalAudit',
  'certificationAudit',
  'regulatoryInspection',
  'incident',
  'monitoring',
  'supplierAudit',
  'customerComplaint',
  'managementReview',
  'other',
] as const;
export const FindingSourceKind = z.enum(findingSourceKinds);
export type FindingSourceKind = z.infer<typeof FindingSourceKind>;

export const findingSourceTitles: Record<FindingSourceKind, string> = {
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

/** A short required text; the message names what to enter, the path names the field. */
const named = (what: string, max = 200) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}`)
    .max(max, `The ${what} is at most ${max} characters`);

const optionalText = (what: string, max = 200) =>
  z.string().trim().max(max, `The ${what} is at most ${max} characters`).default('');

/**
 * Each kind with what identifies the nonconformity in its own system, so an inspector can follow
 * it back: the body's audit reference, the authority's observation number, the incident's issue.
 */
export const FindingSource = z.discriminatedUnion(
  'kind',
  [
    /** The audit itself is the finding's `auditId`. */
    z.object({ kind: z.literal('internalAudit') }).strict(),
    z
      .object({
        kind: z.literal('certificationAudit'),
        body: named('certification body'),
        reference: named('audit reference'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('regulatoryInspection'),
        /** FDA, EMA, MHRA, a notified body's competent authority… */
        authority: named('inspecting authority (e.g. FDA, EMA, MHRA)', 100),
        /** The inspection's own reference, e.g. a Form 483's date and FEI number. */
        reference: named('inspection reference (e.g. the Form 483 reference)'),
        /** The observation's number on the inspection's list, e.g. "3" on a Form 483. */
        observation: optionalText('observation number', 40),
      })
      .strict(),
    z
      .object({
        kind: z.literal('incident'),
        issueKey: z
          .string({ error: 'Enter the incident’s Jira key, such as INC-12' })
          .trim()
          .toUpperCase()
          .regex(/^[A-Z][A-Z0-9_]+-[1-9][0-9]*$/, 'Enter the incident’s Jira key, such as INC-12'),
      })
      .strict(),
    z.object({ kind: z.literal('monitoring'), reference: named('monitoring or measurement reference') }).strict(),
    z
      .object({
        kind: z.literal('supplierAudit'),
        supplier: named('supplier'),
        reference: optionalText('audit reference'),
      })
      .strict(),
    z.object({ kind: z.literal('customerComplaint'), reference: named('complaint reference') }).strict(),
    z.object({ kind: z.literal('managementReview'), reviewId: named('management review', 191) }).strict(),
    z.object({ kind: z.literal('other'), description: named('description of the source', 500) }).strict(),
  ],
  { error: `Choose the source: ${Object.values(findingSourceTitles).join(', ').toLowerCase()}` },
);
export type FindingSource = z.infer<typeof FindingSource>;
export type FindingSourceInput = z.input<typeof FindingSource>;

/** Stored findings from before sources existed were all internal-audit findings. */
export const internalAuditSource: FindingSource = { kind: 'internalAudit' };

/** "Regulatory inspection: FDA 483-2026-0142, observation 3": how issues, lists and CSVs name a source. */
export function describeSource(source: FindingSource): string {
  const title = findingSourceTitles[source.kind];
  switch (source.kind) {
    case 'internalAudit':
      return title;
    case 'certificationAudit':
      return `${title}: ${source.body} ${source.reference}`;
    case 'regulatoryInspection':
      return `${title}: ${source.authority} ${source.reference}${source.observation ? `, observation ${source.observation}` : ''}`;
    case 'incident':
      return `${title}: ${source.issueKey}`;
    case 'monitoring':
    case 'customerComplaint':
      return `${title}: ${source.reference}`;
    case 'supplierAudit':
      return `${title}: ${source.supplier}${source.reference ? ` ${source.reference}` : ''}`;
    case 'managementReview':
      return `${title}: ${source.reviewId}`;
    case 'other':
      return `${title}: ${source.description}`;
  }
}
