import { z } from 'zod';

/**
 * Most bytes one stored part of an export holds, as KVS stores it (the part's text JSON-encoded):
 * under Forge KVS's 240 KiB a value with room for the key and the wrapper.
 */
export const PART_BYTES = 200 * 1024;

/**
 * Parts one queue event writes at most (about 20 MB of export): a chunk reads at most that much
 * from Forge SQL in pages of about 1 MB, well inside a consumer's 900 s and every per-query limit.
 */
export const PARTS_PER_EVENT = 100;

/**
 * Pieces (records, signatures, trail entries) one queue event writes at most: bounds a chunk whose
 * pieces are small or empty (records without signatures still cost their reads).
 */
export const PIECES_PER_EVENT = 10_000;

/** Parts one download answer joins at most: about 2 MB, well under a resolver's answer and 25 s. */
export const PARTS_PER_DOWNLOAD = 10;

/** How long a finished export stays downloadable before KVS drops its parts by itself. */
export const EXPORT_KEPT_SECONDS = 7 * 24 * 3600;

/** A running export not heard from for this long stalled (its next event was lost). */
export const EXPORT_STALLED_AFTER_MS = 20 * 60 * 1000;

export const ExportFilter = z.object({
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  actor: z.string().optional(),
  action: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});

/**
 * Where the next chunk resumes: the section of the output and the last item written in it (a
 * record's id, a trail entry's seq). `written` counts the items of the current JSON array so far
 * (the first needs no comma); `throughSeq` pins the trail's head once the trail section begins.
 */
export const ExportCursor = z.object({
  section: z.enum(['head', 'records', 'signatures', 'trail', 'reports', 'end', 'done']),
  typeIndex: z.number().int().min(0),
  afterId: z.string().nullable(),
  afterSeq: z.number().int().min(0),
  written: z.number().int().min(0),
  throughSeq: z.number().int().min(0).nullable(),
});
export type ExportCursor = z.infer<typeof ExportCursor>;

export const startCursor: ExportCursor = {
  section: 'head',
  typeIndex: 0,
  afterId: null,
  afterSeq: 0,
  written: 0,
  throughSeq: null,
};

/**
 * An inspector's export (the trail, or the programme's record) written by a background job, a
 * chunk of parts per queue event, into KVS. `chunk` numbers the next event expected, so a
 * redelivered event is recognised and ignored; `parts` and `cursor` are saved together after the
 * parts they describe are written, so an interrupted chunk is redone from the last saved cursor and
 * overwrites the same parts with the same text (each part is a function of the cursor before it).
 */
export const ExportJob = z.object({
  jobId: z.string().min(1),
  kind: z.enum(['trail', 'record']),
  requestedBy: z.string().min(1),
  requestedAt: z.string(),
  updatedAt: z.string(),
  phase: z.enum(['writing', 'done']),
  format: z.enum(['csv', 'json']),
  filter: ExportFilter,
  fileName: z.string(),
  mimeType: z.string(),
  /** The trail's head when the job started: the measure of progress. */
  targetSeq: z.number().int().min(0),
  cursor: ExportCursor,
  chunk: z.number().int().min(0),
  parts: z.number().int().min(0),
  bytes: z.number().int().min(0),
  /** Trail entries written so far (both kinds), and records (the programme record). */
  entries: z.number().int().min(0),
  records: z.number().int().min(0),
  /** The record export's opening (who exported it, when, its scope), fixed when the job starts. */
  opening: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;

/** What the page shows of an export and needs to download it. */
export interface ExportProgress {
  jobId: string;
  kind: ExportJob['kind'];
  phase: ExportJob['phase'];
  requestedBy: string;
  requestedAt: string;
  updatedAt: string;
  fileName: string;
  mimeType: string;
  section: ExportCursor['section'];
  entries: number;
  records: number;
  parts: number;
  bytes: number;
  /** Whole percent by trail position, 100 only when done. */
  percent: number;
}

export function exportProgressOf(job: ExportJob): ExportProgress {
  const done = job.phase === 'done';
  const walked = job.targetSeq === 0 ? 0 : job.cursor.afterSeq / job.targetSeq;
  return {
    jobId: job.jobId,
    kind: job.kind,
    phase: job.phase,
    requestedBy: job.requestedBy,
    requestedAt: job.requestedAt,
    updatedAt: job.updatedAt,
    fileName: job.fileName,
    mimeType: job.mimeType,
    section: job.cursor.section,
    entries: job.entries,
    records: job.records,
    parts: job.parts,
    bytes: job.bytes,
    percent: done ? 100 : Math.min(99, Math.floor(walked * 100)),
  };
}

/** Whether an export still counts as running at `now` (a stalled one shows as such). */
export function exportUnderWay(job: ExportJob, now: Date): boolean {
  return job.phase !== 'done' && now.getTime() - Date.parse(job.updatedAt) < EXPORT_STALLED_AFTER_MS;
}

const encoder = new TextEncoder();

/** Bytes a piece of text takes inside a JSON-encoded KVS value (quotes and escapes counted). */
export function storedBytes(text: string): number {
  return encoder.encode(JSON.stringify(text)).length - 2;
}

/**
 * Cuts a text longer than a part into parts of at most `limit` stored bytes, never between the two
 * halves of a surrogate pair (each part must be valid text on its own to be stored as JSON).
 */
export function cutIntoParts(text: string, limit = PART_BYTES): string[] {
  const parts: string[] = [];
  let rest = text;
  while (storedBytes(rest) > limit) {
    let cut = Math.min(rest.length - 1, limit);
    while (cut > 1 && storedBytes(rest.slice(0, cut)) > limit) {
      cut = Math.max(1, Math.floor((cut * limit) / storedBytes(rest.slice(0, cut)) - 8));
    }
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}
