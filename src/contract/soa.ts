import { z } from 'zod';
import { resolver, reason, expectedVersion, csvText } from './resolverSpec';
import { SoaEntry } from '../domain/soa/soa';
import type { CatalogueItem } from '../domain/catalogue/catalogueItem';
import type { CsvImportOutcome, FileDownload, RecordStamp } from './programme';
import type { SignatureView } from './signing';

export interface SoaLineView {
  entry: SoaEntry;
  title: string;
  theme: CatalogueItem['theme'];
  ownerName: string | null;
}

/** The SoA with its version (0 while the defaults were never saved) and its current approval. */
export interface SoaView extends RecordStamp {
  lines: SoaLineView[];
  summary: { applicable: number; excluded: number; implemented: number };
  /** Current (not superseded) `approved` signatures of this version. */
  approvals: SignatureView[];
}

/** The Statement of Applicability and its CSV file. */
export const soaResolvers = {
  getStatementOfApplicability: resolver<SoaView>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The Statement of Applicability: one line per Annex A control, with its version and approval.',
  }),
  saveSoaEntry: resolver<SoaView>()({
    input: z.object({ entry: SoaEntry, expectedVersion, reason }).strict(),
    access: ['programmeManager'],
    summary: "Change one control's SoA line (a new SoA version; an approved SoA needs a reason).",
  }),
  exportStatementOfApplicability: resolver<FileDownload>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The SoA as a CSV file (the import format).',
  }),
  importStatementOfApplicability: resolver<SoaView & { outcome: CsvImportOutcome }>()({
    input: z.object({ csv: csvText, expectedVersion, reason }).strict(),
    access: ['programmeManager'],
    summary: 'Replace SoA lines from a CSV file: all lines or none; every wrong cell is named by line and column.',
  }),
} as const;
