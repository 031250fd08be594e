import type { ExportCursor } from '../../domain/records/exportJob';

/**
 * A piece of an export's text and where the export stands after it: a background export writes the
 * pieces in order, cut into stored parts, and resumes from the cursor after the last piece saved.
 * A piece may have no text (a record without signatures): it only moves the cursor on.
 */
export interface ExportPiece {
  text: string;
  cursor: ExportCursor;
  /** Trail entries and records this piece adds to the export. */
  entries: number;
  records: number;
}

export const piece = (text: string, cursor: ExportCursor, counts: { entries?: number; records?: number } = {}) => ({
  text,
  cursor,
  entries: counts.entries ?? 0,
  records: counts.records ?? 0,
});
