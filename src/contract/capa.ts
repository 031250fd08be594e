import { z } from 'zod';
import type { CapaReportRow } from '../domain/review/capa/capaEffectivenessReport';
import { CapaQueryName } from '../domain/review/capa/capaQueries';
import { resolver } from './resolverSpec';

export type { CapaReportRow };
export { CapaQueryName };

/** The CAPA effectiveness report as the page shows it: the rows answering the query asked. */
export interface CapaEffectivenessReportView {
  today: string;
  /** The saved query answered, or null for the whole report. */
  query: CapaQueryName | null;
  source: string | null;
  /** Every saved query with its title and meaning, in the order the page offers them. */
  queries: Array<{ name: CapaQueryName; title: string; meaning: string; count: number }>;
  /** The sources present in the report, for the page's filter. */
  sources: string[];
  rows: CapaReportRow[];
}

/** A source's name as the finding intake stores it (`internalAudit`, `regulatoryInspection`, …). */
export const CapaSourceName = z
  .string()
  .trim()
  .min(1, 'Name the source')
  .max(64, 'A source name is at most 64 characters')
  .regex(/^[A-Za-z]+$/, 'A source name is one word of letters, as the intake stores it');

/** The inspector's CAPA questions (ISO 27001 10.2 d, f–g): the effectiveness report and its saved queries. */
export const capaResolvers = {
  getCapaEffectivenessReport: resolver<CapaEffectivenessReportView>()({
    input: z.object({ query: CapaQueryName.optional(), source: CapaSourceName.optional() }).strict(),
    access: 'anyAppRole',
    summary: 'The CAPA effectiveness report per NC and action: whole or one saved query, one source or all.',
  }),
} as const;
