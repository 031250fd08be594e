import type { TrailPage } from '../../contract/records';
import { csvCell } from '../../domain/csv/csv';
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

/** CSV (RFC 4180, one row per entry, old and new values as JSON) or JSON of the filtered trail. */
export async function exportAuditTrail(
  services: AppServices,
  _caller: Caller,
  filter: TrailFilter & { format: 'csv' | 'json' },
): Promise<{ fileName: string; mimeType: string; content: string; entries: number }> {
  const entries = await allTrailEntries(services, filter);
  const stamp = services.clock.now().toISOString().replace(/[:.]/g, '-');
  if (filter.format === 'json') {
    return {
      fileName: `audit-trail-${stamp}.json`,
      mimeType: 'application/json',
      content: JSON.stringify(entries, null, 2),
      entries: entries.length,
    };
  }
  const rows = [csvColumns.join(','), ...entries.map((e) => csvColumns.map((c) => trailCell(e[c])).join(','))];
  return {
    fileName: `audit-trail-${stamp}.csv`,
    mimeType: 'text/csv',
    content: `${rows.join('\r\n')}\r\n`,
    entries: entries.length,
  };
}
