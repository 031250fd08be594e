import { z } from 'zod';
import { resolver } from './resolverSpec';
import type { TrailEntry } from '../domain/trail/trailEntry';
import type { CheckpointedVerdict } from '../domain/trail/checkpoint';
import type { TrailVerificationProgress } from '../domain/trail/verificationJob';
import type { ExportProgress } from '../domain/records/exportJob';
import type { TrailVerdict } from '../domain/trail/verifyTrail';
import type { SignatureView } from './signing';

const isoDateTime = z.iso.datetime({ offset: true });
const trailFilter = {
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(191).optional(),
  actor: z.string().max(128).optional(),
  action: z.enum(['create', 'update', 'delete']).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
};

export interface TrailPage {
  entries: TrailEntry[];
  /** Pass as `afterSeq` for the next page; null on the last. */
  nextAfterSeq: number | null;
}

/**
 * The complete, inspection-ready record of a scope (today the programme; audits join as later
 * issues add them): every record with its version and who changed it last, every signature as
 * shown to people, the trail entries of those records, and the trail's integrity verdict. The
 * shape is fixed: later issues add sections, never change these.
 */
export interface RecordExport {
  format: 'iso27001-audit-record';
  formatVersion: 1;
  exportedAt: string;
  exportedBy: { accountId: string; displayName: string };
  scope: { type: 'programme' | 'audit'; id: string; title: string };
  records: Array<{ type: string; id: string; version: number; updatedAt: string; updatedBy: string; content: unknown }>;
  signatures: SignatureView[];
  trail: TrailEntry[];
  trailVerdict: TrailVerdict;
  /**
   * Each approved audit report as it was approved: the page's storage body (kept by the app, whatever
   * happened to the page since), its hash, who approved it and the approval's signatures.
   */
  auditReports?: ApprovedReportExport[];
}

export interface ApprovedReportExport {
  auditId: string;
  auditTitle: string;
  pageId: string;
  pageVersion: number;
  /** SHA-256 of `content`. */
  contentHash: string;
  /** The approved storage-format body. */
  content: string;
  approvedBy: string;
  approvedByName: string;
  approvedAt: string;
  /** Set when the page was found edited in Confluence after approval. */
  changedAfterApproval: { pageVersion: number; detectedAt: string } | null;
  signatures: SignatureView[];
}

/** The audit trail and the programme record for inspectors. */
export const recordResolvers = {
  verifyAuditTrail: resolver<CheckpointedVerdict>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary:
      'Check the hash-chained audit trail from its last verified checkpoint, that it reaches its anchor and that every record matches it; name each break.',
  }),
  startFullVerification: resolver<TrailVerificationProgress>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary:
      'Start re-hashing the whole trail from entry 1 as a background job (or answer with the one under way); its progress and verdict follow.',
  }),
  fullVerificationProgress: resolver<{ job: TrailVerificationProgress | null }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: "The latest full re-verification's progress, and its verdict once done (job null: never started).",
  }),
  listAuditTrail: resolver<TrailPage>()({
    input: z
      .object({
        ...trailFilter,
        afterSeq: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    access: 'anyAppRole',
    summary: 'Trail entries matching a filter (record, user, action, date range), oldest first, paged.',
  }),
  exportAuditTrail: resolver<{
    fileName: string;
    mimeType: string;
    content: string;
    entries: number;
    nextAfterSeq?: number | null;
    throughSeq?: number;
  }>()({
    input: z
      .object({
        ...trailFilter,
        format: z.enum(['csv', 'json']),
        afterSeq: z.number().int().min(0).optional(),
        throughSeq: z.number().int().min(0).optional(),
      })
      .strict(),
    access: 'anyAppRole',
    summary:
      'The filtered trail as a CSV or JSON file; with afterSeq, one part of at most 800 entries up to the head the first part pinned (throughSeq), for the page to join.',
  }),
  exportProgrammeRecord: resolver<RecordExport>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary:
      "The programme's complete record: records, signatures, trail and the trail's verdict, in one answer for a trail of at most 2,000 entries (beyond, refused: use startRecordExport).",
  }),
  startTrailExport: resolver<ExportProgress>()({
    input: z.object({ ...trailFilter, format: z.enum(['csv', 'json']) }).strict(),
    access: 'anyAppRole',
    summary:
      'Start exporting the filtered trail (CSV or JSON) up to its head as a background job written in parts; its progress and parts follow.',
  }),
  startRecordExport: resolver<ExportProgress>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary:
      "Start exporting the programme's complete record as a background job written in parts (the same JSON as exportProgrammeRecord).",
  }),
  exportProgress: resolver<ExportProgress>()({
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    access: 'anyAppRole',
    summary: "A background export's progress: its section, entries and records written, parts, and whether it is done.",
  }),
  downloadExportPart: resolver<{ content: string; nextPart: number | null; parts: number }>()({
    input: z.object({ jobId: z.string().min(1).max(100), fromPart: z.number().int().min(0) }).strict(),
    access: 'anyAppRole',
    summary:
      'Up to 10 stored parts (about 2 MB) of a finished background export from fromPart, joined; ask again from nextPart until it is null.',
  }),
} as const;
