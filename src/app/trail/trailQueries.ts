import type { TrailPage } from '../../contract/records';
import { csvCell } from '../../domain/csv/csv';
import { Failure } from '../../domain/failure';
import type { TrailEntry } from '../../domain/trail/trailEntry';
import type { AppServices, Caller } from '../services';
import { trailEntries } from './trailPages';

export interface TrailFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** One page of trail entries matching the filter, oldest first, with a cursor for the next. */
export async function listAuditTrail(
  services: AppServices,
  _caller: Caller,
  filter: TrailFilter & { afterSeq?: number | undefined; limit: number },
): Promise<TrailPage> {
  const entries = await services.trail.entries({ ...filter, afterSeq: filter.afterSeq ?? 0, limit: filter.limit + 1 });
  const page = entries.slice(0, filter.limit);
  return { entries: page, nextAfterSeq: entries.length > filter.limit ? page[page.length - 1]!.seq : null };
}

/** Every entry matching the filter (for export). */
export async function allTrailEntries(services: AppServices, filter: TrailFilter): Promise<TrailEntry[]> {
  const all: TrailEntry[] = [];
  for await (const entry of trailEntries(services.trail, filter)) all.push(entry);
  return all;
}

/**
 * Most trail entries an export in one resolver call may hold: about 5 MB at the app's 2.4 KB average
 * entry (bench `trail`), read and answered well inside the resolver's 25 s. Beyond it the one-call
 * exports refuse and name the background export instead of running into the platform's time limit.
 */
export const ONE_CALL_ENTRIES = 2000;

export function tooLargeForOneCall(what: string, entries: string): Failure {
  return new Failure(
    'unavailable',
    `${what} holds ${entries} trail entries, more than one call can export (${ONE_CALL_ENTRIES}): start the export as a background job and download it when it is ready`,
  );
}

const csvColumns = [
  'seq',
  'at',
  'actor',
  'action',
  'entityType',
  'entityId',
  'entityVersion',
  'reason',
  'before',
  'after',
  'prevHash',
  'hash',
] as const;

/** Every cell quoted; objects as JSON. The codec neutralises spreadsheet formulas (=, +, - or @ first). */
function trailCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return csvCell(text, 'always');
}

/** The CSV export's header line, without its line end. */
export const trailCsvHeader = csvColumns.join(',');

/** One entry as a CSV export row, without its line end. */
export function trailCsvRow(entry: TrailEntry): string {
  return csvColumns.map((c) => trailCell(entry[c])).join(',');
}

/** Entries per export part: about 2 MB of CSV or JSON at the app's 2.4 KB average entry (bench `trail`). */
export const EXPORT_PART = 800;

export interface TrailExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  entries: number;
  /** Part by part: pass as `afterSeq` for the next part; null after the last. */
  nextAfterSeq?: number | null;
  /** Part by part: the head the export stops at, pinned by the first part; pass it back unchanged. */
  throughSeq?: number;
}

/**
 * CSV (RFC 4180, one row per entry, old and new values as JSON) or JSON of the filtered trail. Given
 * `afterSeq` (0 for the first), one part of at most EXPORT_PART entries: the reader's browser asks
 * part after part, shows how far it is and joins them into one file, so a trail of any length
 * exports without one call reading all of it. The trail is append-only, so parts up to the head
 * pinned by the first part (`throughSeq`) form one consistent export. A CSV part carries the header
 * only when it is the first; a JSON part is its entries, comma-separated, for the reader to bracket.
 */
export async function exportAuditTrail(
  services: AppServices,
  _caller: Caller,
  input: TrailFilter & { format: 'csv' | 'json'; afterSeq?: number | undefined; throughSeq?: number | undefined },
): Promise<TrailExportFile> {
  if (input.afterSeq === undefined) return exportWhole(services, input);
  const throughSeq = input.throughSeq ?? (await services.trail.headSeq());
  const { afterSeq, format, ...filter } = input;
  const read = await services.trail.entries({ ...filterOf(filter), afterSeq, limit: EXPORT_PART + 1 });
  const within = read.filter((entry) => entry.seq <= throughSeq);
  const entries = within.slice(0, EXPORT_PART);
  const whole = exportFile(services, entries, format);
  const rows = format === 'csv' && afterSeq > 0 ? whole.content.slice(whole.content.indexOf('\r\n') + 2) : null;
  const content =
    format === 'json' ? entries.map((entry) => JSON.stringify(entry, null, 2)).join(',\n') : (rows ?? whole.content);
  return {
    ...whole,
    content,
    nextAfterSeq: within.length > EXPORT_PART ? entries[entries.length - 1]!.seq : null,
    throughSeq,
  };
}

export function filterOf(filter: TrailFilter): TrailFilter {
  const kept: TrailFilter = {};
  for (const key of ['entityType', 'entityId', 'actor', 'action', 'from', 'to'] as const) {
    if (filter[key] !== undefined) kept[key] = filter[key];
  }
  return kept;
}

/** The whole filtered trail in one answer, for a trail small enough; refused politely beyond. */
async function exportWhole(
  services: AppServices,
  filter: TrailFilter & { format: 'csv' | 'json' },
): Promise<TrailExportFile> {
  const entries: TrailEntry[] = [];
  for await (const entry of trailEntries(services.trail, filterOf(filter))) {
    if (entries.length === ONE_CALL_ENTRIES)
      throw tooLargeForOneCall('The trail (as filtered)', `over ${ONE_CALL_ENTRIES}`);
    entries.push(entry);
  }
  return exportFile(services, entries, filter.format);
}

function exportFile(services: AppServices, entries: TrailEntry[], format: 'csv' | 'json'): TrailExportFile {
  const stamp = services.clock.now().toISOString().replace(/[:.]/g, '-');
  if (format === 'json') {
    return {
      fileName: `audit-trail-${stamp}.json`,
      mimeType: 'application/json',
      content: JSON.stringify(entries, null, 2),
      entries: entries.length,
    };
  }
  const rows = [trailCsvHeader, ...entries.map(trailCsvRow)];
  return {
    fileName: `audit-trail-${stamp}.csv`,
    mimeType: 'text/csv',
    content: `${rows.join('\r\n')}\r\n`,
    entries: entries.length,
  };
}
