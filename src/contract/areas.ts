import { z } from 'zod';
import { resolver, reason, expectedVersion, csvText } from './resolverSpec';
import { AuditableArea } from '../domain/areas/auditableArea';
import type { CsvImportOutcome, FileDownload } from './programme';

/** An auditable area as screens show it: the record, its owner's name and its risk. */
export interface AreaView {
  id: string;
  version: number;
  area: AuditableArea;
  ownerName: string;
  riskScore: number;
  riskLevel: 'low' | 'medium' | 'high';
  updatedAt: string;
  updatedBy: string;
}

/** The auditable areas. */
export const areaResolvers = {
  listAuditableAreas: resolver<{ areas: AreaView[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Every auditable area with its owner, members, risk and the clauses and controls it carries.',
  }),
  saveAuditableArea: resolver<AreaView>()({
    input: z
      .object({ id: z.string().min(1).max(64).optional(), expectedVersion, area: AuditableArea, reason })
      .strict(),
    access: ['programmeManager'],
    summary: 'Create an area (no id) or change one (expectedVersion must be the version read).',
  }),
} as const;

/** The auditable areas' CSV file. */
export const areaCsvResolvers = {
  exportAuditableAreas: resolver<FileDownload>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The auditable areas as a CSV file (the import format).',
  }),
  importAuditableAreas: resolver<{ areas: AreaView[]; outcome: CsvImportOutcome }>()({
    input: z.object({ csv: csvText, reason }).strict(),
    access: ['programmeManager'],
    summary: 'Create or update areas (matched by name) from a CSV file: all rows or none.',
  }),
} as const;
