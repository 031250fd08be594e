import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';
import { CatalogueId } from '../catalogue/catalogue';
import { FindingGrade } from '../audits/finding';

/**
 * An audit performed before the app was installed (issue 18 item 5): its real dates, team, areas,
 * findings and report reference, brought in so the programme's history and figures start from the
 * truth. It is never mistaken for an audit recorded in the app: it carries who imported it, when and
 * why, and every list, page and export says "imported".
 */
const accountId = z.string().trim().min(1).max(128);
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const ImportedFinding = z.object({
  itemId: CatalogueId,
  grade: FindingGrade,
  /** The finding as the original report words it. */
  statement: z.string().trim().min(1, 'Write the finding as the report states it').max(5000),
});
export type ImportedFinding = z.infer<typeof ImportedFinding>;

export const ImportedAudit = z
  .object({
    title: z.string().trim().min(1, 'Give the audit a title').max(200),
    areaIds: z
      .array(z.string().min(1).max(64))
      .min(1, 'Name at least one area')
      .refine(unique, 'An area is listed twice'),
    itemIds: z
      .array(CatalogueId)
      .min(1, 'Name at least one clause or control')
      .refine(unique, 'A clause or control is listed twice'),
    leadAuditorId: accountId,
    teamIds: z.array(accountId).max(20).default([]).refine(unique, 'A team member is listed twice'),
    plannedStart: IsoDate,
    plannedEnd: IsoDate,
    performedStart: IsoDate,
    performedEnd: IsoDate,
    reportedOn: IsoDate,
    /** Where the original report is kept (document number, archive reference). */
    reportReference: z.string().trim().min(1, 'Give the reference of the original report').max(200),
    findings: z.array(ImportedFinding).max(200).default([]),
  })
  .refine((a) => a.plannedStart <= a.plannedEnd, {
    message: 'The planned end is before the planned start',
    path: ['plannedEnd'],
  })
  .refine((a) => a.performedStart <= a.performedEnd, {
    message: 'The audit ended before it started',
    path: ['performedEnd'],
  })
  .refine((a) => a.performedEnd <= a.reportedOn, {
    message: 'The report is dated before the audit ended',
    path: ['reportedOn'],
  })
  .refine((a) => !a.teamIds.includes(a.leadAuditorId), {
    message: 'The lead auditor is listed in the team as well',
    path: ['teamIds'],
  })
  .refine((a) => a.findings.every((f) => a.itemIds.includes(f.itemId)), {
    message: 'A finding cites a clause or control outside the audit’s scope',
    path: ['findings'],
  });
export type ImportedAudit = z.infer<typeof ImportedAudit>;

/** Who brought the history in, when, and why: kept on every imported record. */
export const ImportMark = z.object({
  importedBy: accountId,
  importedAt: z.string().min(1),
  reason: z.string().trim().min(10, 'Say why this history is imported (at least 10 characters)').max(2000),
});
export type ImportMark = z.infer<typeof ImportMark>;

/**
 * History is the past: none of its days may be after `today` (the programme's calendar day), or an
 * import could file an audit as performed before it happened. Returns the fields at fault.
 */
export function daysAfterToday(audit: ImportedAudit, today: string): Array<keyof ImportedAudit> {
  const days = ['performedStart', 'performedEnd', 'reportedOn'] as const;
  return days.filter((field) => audit[field] > today);
}
