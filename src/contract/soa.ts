import { z } from 'zod';
import { resolver, reason, expectedVersion, csvText } from './resolverSpec';
import { SoaEntry } from '../domain/soa/soa';
import type { CsvImportOutcome, FileDownload, SoaView } from './programme';

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
