import { z } from 'zod';
import { CatalogueId } from '../catalogue/catalogue';

export const EvidenceKind = z.enum(['document', 'record', 'interview', 'observation', 'test']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

const pageId = z.string().regex(/^\d{1,20}$/, 'A Confluence page id is a number');
const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}-\d{1,9}$/, 'A Jira issue key looks like ISMS-42');
const webUrl = z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }).max(2000);

/** Where the evidence is, as the auditor names it. A page version defaults to the current one. */
export const EvidenceReferenceInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('confluencePage'), pageId, version: z.number().int().min(1).optional() }),
  z.object({ type: z.literal('jiraIssue'), issueKey }),
  z.object({ type: z.literal('url'), url: webUrl }),
]);
export type EvidenceReferenceInput = z.infer<typeof EvidenceReferenceInput>;

/**
 * The reference as stored. For a Confluence page, the version read and the SHA-256 of that
 * version's storage body, so a later edit shows as "changed since collected".
 */
export const EvidenceReference = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('confluencePage'),
    pageId,
    version: z.number().int().min(1),
    title: z.string(),
    bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({ type: z.literal('jiraIssue'), issueKey }),
  z.object({ type: z.literal('url'), url: webUrl }),
]);
export type EvidenceReference = z.infer<typeof EvidenceReference>;

export const EvidenceContent = z.object({
  kind: EvidenceKind,
  /** The checklist line it supports, if one. */
  itemId: CatalogueId.nullable().default(null),
  description: z.string().trim().min(1, 'Describe the evidence').max(5000),
  reference: EvidenceReferenceInput.nullable().default(null),
});
export type EvidenceContentInput = z.input<typeof EvidenceContent>;

/** Evidence as stored: what, for which audit, where, and who collected it when. */
export const EvidenceRecord = z.object({
  auditId: z.string().min(1),
  kind: EvidenceKind,
  itemId: CatalogueId.nullable(),
  description: z.string(),
  reference: EvidenceReference.nullable(),
  collectedBy: z.string().min(1),
  collectedAt: z.string().min(1),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;
