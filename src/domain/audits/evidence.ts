import { z } from 'zod';
import { CatalogueId } from '../catalogue/catalogue';
import { IsoDate } from '../calendar/calendarDate';
import { EVIDENCE_FILE_MAX_BASE64, EVIDENCE_FILE_MAX_WORDS } from './evidenceFile';

export const EvidenceKind = z.enum(['document', 'record', 'interview', 'observation', 'test']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

const pageId = z.string().regex(/^\d{1,20}$/, 'A Confluence page id is a number');
const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}-\d{1,9}$/, 'A Jira issue key looks like ISMS-42');
const webUrl = z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }).max(2000);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const fileName = z
  .string()
  .trim()
  .min(1, 'Name the file')
  .max(255, 'A file name has at most 255 characters')
  .refine(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    (name) => !/[\\/\u0000-\u001f]/.test(name),
    'A file name has no slashes or control characters',
  );
const mediaType = z
  .string()
  .regex(/^[\w.+-]+\/[\w.+-]+$/, 'A media type looks like image/png')
  .max(127);

/**
 * Where the evidence is, as the auditor names it. A page version defaults to the current one; a
 * file comes with its content (base64), which the app attaches to the audit's page in the ISMS
 * space; a web address may say the day it was seen (today when not given).
 */
export const EvidenceReferenceInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('confluencePage'), pageId, version: z.number().int().min(1).optional() }),
  z.object({ type: z.literal('jiraIssue'), issueKey }),
  z.object({ type: z.literal('url'), url: webUrl, seenOn: IsoDate.optional() }),
  z.object({
    type: z.literal('file'),
    fileName,
    mediaType,
    contentBase64: z
      .string()
      .min(1, 'The file is empty')
      .max(EVIDENCE_FILE_MAX_BASE64, `The file is too big: evidence files may be at most ${EVIDENCE_FILE_MAX_WORDS}`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content must be sent as base64'),
  }),
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
    bodySha256: sha256,
  }),
  /**
   * The issue's `updated` time and the SHA-256 of its key fields when collected. Evidence stored
   * before fingerprints has neither, and reads as before ("not fingerprinted").
   */
  z.object({
    type: z.literal('jiraIssue'),
    issueKey,
    summary: z.string().optional(),
    updated: z.string().optional(),
    fieldsSha256: sha256.optional(),
  }),
  /** The day the auditor saw the page (absent on evidence stored before it was asked). */
  z.object({ type: z.literal('url'), url: webUrl, seenOn: IsoDate.optional() }),
  /** A file attached to the audit's Confluence page, with the SHA-256 of its bytes at collection. */
  z.object({
    type: z.literal('confluenceAttachment'),
    pageId,
    attachmentId: z.string().min(1),
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number().int().min(0),
    sha256,
  }),
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
