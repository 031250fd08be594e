import type { ExportJob } from '../../domain/records/exportJob';
import type { TrailEntry } from '../../domain/trail/trailEntry';
import type { AppServices } from '../services';
import { piece, type ExportPiece } from './exportPiece';
import { trailEntries } from './trailPages';
import { filterOf, trailCsvHeader, trailCsvRow } from './trailQueries';

/** An entry as the JSON export prints it inside its array (`JSON.stringify(entries, null, 2)`). */
function jsonItem(entry: TrailEntry): string {
  return JSON.stringify([entry], null, 2).slice(2, -2);
}

/**
 * The filtered trail export, piece by piece from the job's cursor: the same text the one-call
 * export (`exportAuditTrail` without `afterSeq`) gives, up to the head the job pinned when it
 * started (the trail is append-only, so later chunks add nothing the first did not see).
 */
export async function* trailExportPieces(services: AppServices, job: ExportJob): AsyncGenerator<ExportPiece> {
  let cursor = job.cursor;
  if (cursor.section === 'head') {
    cursor = { ...cursor, section: 'trail', throughSeq: job.targetSeq };
    yield piece(job.format === 'csv' ? `${trailCsvHeader}\r\n` : '', cursor);
  }
  if (cursor.section === 'trail') {
    const throughSeq = cursor.throughSeq ?? job.targetSeq;
    for await (const entry of trailEntries(services.trail, filterOf(job.filter), cursor.afterSeq)) {
      if (entry.seq > throughSeq) break;
      const text =
        job.format === 'csv'
          ? `${trailCsvRow(entry)}\r\n`
          : `${cursor.written === 0 ? '[\n' : ',\n'}${jsonItem(entry)}`;
      cursor = { ...cursor, afterSeq: entry.seq, written: cursor.written + 1 };
      yield piece(text, cursor, { entries: 1 });
    }
    const closing = job.format === 'csv' ? '' : cursor.written === 0 ? '[]' : '\n]';
    yield piece(closing, { ...cursor, section: 'done' });
  }
}
