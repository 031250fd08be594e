import { notFound } from '../../domain/failure';
import {
  EXPORT_KEPT_SECONDS,
  ExportJob,
  exportProgressOf,
  PART_BYTES,
  PARTS_PER_DOWNLOAD,
  PARTS_PER_EVENT,
  PIECES_PER_EVENT,
  startCursor,
  storedBytes,
  cutIntoParts,
  type ExportProgress,
} from '../../domain/records/exportJob';
import type { AppServices, Caller } from '../services';
import { trailExportPieces } from '../trail/trailExportPieces';
import { filterOf, type TrailFilter } from '../trail/trailQueries';
import type { ExportPiece } from '../trail/exportPiece';
import { programmeScopeTitle } from './exportProgrammeRecord';
import { recordExportPieces } from './recordExportPieces';

/** What one queue event of an export carries (on the `trail-jobs` queue, beside verification chunks). */
export interface ExportChunk {
  exportJobId: string;
  chunk: number;
}

/*
 * Where an export lives: Forge KVS, the job's state under one key and its text in parts of at most
 * PART_BYTES under one key each, all with KVS's own expiry. Not Forge SQL: an export is derived
 * output, not a record, and in SQL it would count against the install's 1 GiB (an export of the
 * trail is about as large as the trail) and need a table, that is schema changes, for a cache.
 */
const encoder = new TextEncoder();
const jobKey = (jobId: string) => `export-job:${jobId}`;
const partKey = (jobId: string, part: number) => `export-part:${jobId}:${part}`;

async function saveJob(services: AppServices, job: ExportJob): Promise<void> {
  await services.snapshots.set(jobKey(job.jobId), job, { expiresInSeconds: EXPORT_KEPT_SECONDS });
}

async function jobOf(services: AppServices, jobId: string): Promise<ExportJob | null> {
  const parsed = ExportJob.safeParse(await services.snapshots.get(jobKey(jobId)));
  return parsed.success ? parsed.data : null;
}

async function pushChunk(services: AppServices, job: ExportJob): Promise<void> {
  const body: ExportChunk = { exportJobId: job.jobId, chunk: job.chunk };
  await services.trailQueue.push([{ body: { ...body } }]);
}

/** A new job, saved before its first event is pushed so the event always finds it. */
async function start(services: AppServices, job: ExportJob): Promise<ExportProgress> {
  await saveJob(services, job);
  await pushChunk(services, job);
  return exportProgressOf(job);
}

function newJob(
  services: AppServices,
  caller: Caller,
  fields: Pick<ExportJob, 'kind' | 'format' | 'filter' | 'fileName' | 'mimeType' | 'targetSeq' | 'opening'>,
): ExportJob {
  const now = services.clock.now().toISOString();
  return {
    ...fields,
    jobId: services.ids.newId('export'),
    requestedBy: caller.accountId,
    requestedAt: now,
    updatedAt: now,
    phase: 'writing',
    cursor: startCursor,
    chunk: 0,
    parts: 0,
    bytes: 0,
    entries: 0,
    records: 0,
  };
}

/** Starts exporting the filtered trail (CSV or JSON) as a background job, up to today's head. */
export async function startTrailExport(
  services: AppServices,
  caller: Caller,
  input: TrailFilter & { format: 'csv' | 'json' },
): Promise<ExportProgress> {
  const stamp = services.clock.now().toISOString().replace(/[:.]/g, '-');
  const { format, ...filter } = input;
  return start(
    services,
    newJob(services, caller, {
      kind: 'trail',
      format,
      filter: filterOf(filter),
      fileName: `audit-trail-${stamp}.${format}`,
      mimeType: format === 'csv' ? 'text/csv' : 'application/json',
      targetSeq: await services.trail.headSeq(),
      opening: null,
    }),
  );
}

/**
 * Starts exporting the programme's record as a background job. Its opening (format, who exported it
 * and when, the scope) is fixed now, so the joined parts read as the one-call export would have.
 */
export async function startRecordExport(services: AppServices, caller: Caller): Promise<ExportProgress> {
  const now = services.clock.now().toISOString();
  const settings = (await services.store.list('programmeSettings'))[0]?.record as { organisationName?: string };
  const opening = JSON.stringify({
    format: 'iso27001-audit-record',
    formatVersion: 1,
    exportedAt: now,
    exportedBy: { accountId: caller.accountId, displayName: await services.directory.displayName(caller.accountId) },
    scope: { type: 'programme', id: 'programme', title: programmeScopeTitle(settings) },
  });
  return start(
    services,
    newJob(services, caller, {
      kind: 'record',
      format: 'json',
      filter: {},
      fileName: `programme-record-${now.replace(/[:.]/g, '-')}.json`,
      mimeType: 'application/json',
      targetSeq: await services.trail.headSeq(),
      opening: `${opening.slice(0, -1)},"records":[`,
    }),
  );
}

/** How far an export has got; not found once KVS has dropped it (a week after it started). */
export async function exportProgress(
  services: AppServices,
  _caller: Caller,
  input: { jobId: string },
): Promise<ExportProgress> {
  const job = await jobOf(services, input.jobId);
  if (!job) throw notFound(`There is no export ${input.jobId} (exports are kept for a week)`);
  return exportProgressOf(job);
}

/**
 * Parts of a finished export from `fromPart`, joined, at most PARTS_PER_DOWNLOAD of them (about
 * 2 MB); the page asks again from `nextPart` until it is null and joins the answers into one file.
 */
export async function downloadExportPart(
  services: AppServices,
  _caller: Caller,
  input: { jobId: string; fromPart: number },
): Promise<{ content: string; nextPart: number | null; parts: number }> {
  const job = await jobOf(services, input.jobId);
  if (!job) throw notFound(`There is no export ${input.jobId} (exports are kept for a week)`);
  if (job.phase !== 'done') throw notFound(`The export ${input.jobId} is not finished yet`);
  const upTo = Math.min(job.parts, input.fromPart + PARTS_PER_DOWNLOAD);
  const texts: string[] = [];
  for (let part = input.fromPart; part < upTo; part += 1) {
    const stored = (await services.snapshots.get(partKey(job.jobId, part))) as { content?: unknown } | undefined;
    if (typeof stored?.content !== 'string') throw notFound(`Part ${part} of the export ${input.jobId} is gone`);
    texts.push(stored.content);
  }
  return { content: texts.join(''), nextPart: upTo < job.parts ? upTo : null, parts: job.parts };
}

/**
 * One chunk of an export, run by the `trail-jobs` consumer: up to PARTS_PER_EVENT parts (or
 * PIECES_PER_EVENT pieces, whichever comes first) written from
 * the job's cursor, then the next event pushed, or the job marked done. Parts are written before
 * the state that counts them is saved, and saved after each part: an interrupted chunk resumes at
 * the last saved cursor and rewrites the parts after it with the same text; a redelivered event
 * for a chunk already done is ignored.
 */
export async function runExportChunk(
  services: AppServices,
  event: ExportChunk,
  partsPerEvent = PARTS_PER_EVENT,
): Promise<'ignored' | 'writing' | 'done'> {
  let job = await jobOf(services, event.exportJobId);
  if (!job || job.phase === 'done' || job.chunk !== event.chunk) return 'ignored';
  let buffer = '';
  let bufferBytes = 0;
  let pending = { cursor: job.cursor, entries: 0, records: 0, bytes: 0 };
  let written = 0;
  let seen = 0;

  const save = async () => {
    const texts = bufferBytes > PART_BYTES ? cutIntoParts(buffer) : buffer ? [buffer] : [];
    for (const [i, content] of texts.entries()) {
      await services.snapshots.set(
        partKey(job!.jobId, job!.parts + i),
        { content },
        {
          expiresInSeconds: EXPORT_KEPT_SECONDS,
        },
      );
    }
    job = {
      ...job!,
      cursor: pending.cursor,
      parts: job!.parts + texts.length,
      bytes: job!.bytes + pending.bytes,
      entries: job!.entries + pending.entries,
      records: job!.records + pending.records,
      updatedAt: services.clock.now().toISOString(),
    };
    await saveJob(services, job);
    written += texts.length;
    buffer = '';
    bufferBytes = 0;
    pending = { cursor: job.cursor, entries: 0, records: 0, bytes: 0 };
  };
  const add = (p: ExportPiece, size: number) => {
    buffer += p.text;
    bufferBytes += size;
    pending = {
      cursor: p.cursor,
      entries: pending.entries + p.entries,
      records: pending.records + p.records,
      bytes: pending.bytes + encoder.encode(p.text).length,
    };
  };

  const pieces = job.kind === 'trail' ? trailExportPieces(services, job) : recordExportPieces(services, job);
  for await (const p of pieces) {
    const size = storedBytes(p.text);
    if (buffer && bufferBytes + size > PART_BYTES) await save();
    add(p, size);
    if (bufferBytes > PART_BYTES) await save();
    seen += 1;
    if (written >= partsPerEvent || seen >= PIECES_PER_EVENT) break;
  }
  await save();
  const finished = job.cursor.section === 'done';
  job = { ...job, chunk: job.chunk + 1, phase: finished ? 'done' : 'writing' };
  await saveJob(services, job);
  if (!finished) await pushChunk(services, job);
  return finished ? 'done' : 'writing';
}
