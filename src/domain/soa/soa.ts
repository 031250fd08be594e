import { z } from 'zod';
import { catalogueItem, controlIds } from '../catalogue/catalogue';

/** How far a control is put into practice (the SoA's implementation column). */
export const ImplementationStatus = z.enum(['notImplemented', 'planned', 'partial', 'implemented']);
export type ImplementationStatus = z.infer<typeof ImplementationStatus>;

export const implementationTitles: Record<ImplementationStatus, string> = {
  notImplemented: 'not implemented',
  planned: 'planned',
  partial: 'partially implemented',
  implemented: 'implemented',
};

/** Shortest accepted reason for excluding a control: an inspector reads it. */
export const minExclusionJustification = 10;

export const ControlId = z
  .string()
  .refine(
    (id) => catalogueItem(id)?.kind === 'control',
    'Not an Annex A control of ISO/IEC 27001:2022 (A.5.1 … A.8.34)',
  );

/** A Confluence page the control's implementation is documented in. */
export const LinkedDocument = z.object({
  pageId: z.string().regex(/^\d{1,20}$/, 'A Confluence page id is a number'),
  title: z.string().trim().min(1, 'Give the document a title').max(255),
});
export type LinkedDocument = z.infer<typeof LinkedDocument>;

const accountId = z.string().trim().min(1).max(128);

/**
 * One line of the Statement of Applicability (6.1.3 d): whether the control applies, why it is
 * excluded when it is not, how far it is implemented, who owns it and where it is documented.
 */
export const SoaEntry = z
  .object({
    controlId: ControlId,
    applicable: z.boolean(),
    justification: z.string().trim().max(2000).default(''),
    implementation: ImplementationStatus,
    ownerId: accountId.nullable().default(null),
    documents: z
      .array(LinkedDocument)
      .max(50)
      .default([])
      .refine((docs) => new Set(docs.map((d) => d.pageId)).size === docs.length, 'A document is linked twice'),
  })
  .superRefine((entry, ctx) => {
    if (!entry.applicable && entry.justification.length < minExclusionJustification) {
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message: `Justify excluding ${entry.controlId} in at least ${minExclusionJustification} characters`,
      });
    }
  });
export type SoaEntry = z.infer<typeof SoaEntry>;
export type SoaEntryInput = z.input<typeof SoaEntry>;

/**
 * The whole SoA as one versioned record: approving it signs one version of every line at once,
 * and any later change withdraws that approval (the store asks for a reason).
 */
export const StatementOfApplicability = z.object({
  entries: z.array(SoaEntry).superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.controlId)) {
        ctx.addIssue({ code: 'custom', path: [index, 'controlId'], message: `${entry.controlId} is listed twice` });
      }
      seen.add(entry.controlId);
    });
    const missing = controlIds.filter((id) => !seen.has(id));
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Every Annex A control needs a line; missing ${missing.join(', ')}` });
    }
  }),
});
export type StatementOfApplicability = z.infer<typeof StatementOfApplicability>;

/** A new installation's SoA: every control applicable and not yet implemented, no owner. */
export function defaultStatementOfApplicability(): StatementOfApplicability {
  return {
    entries: controlIds.map((controlId) => ({
      controlId,
      applicable: true,
      justification: '',
      implementation: 'notImplemented' as const,
      ownerId: null,
      documents: [],
    })),
  };
}

/** The controls the SoA declares applicable, in catalogue order. */
export function applicableControls(soa: StatementOfApplicability): string[] {
  const applicable = new Set(soa.entries.filter((e) => e.applicable).map((e) => e.controlId));
  return controlIds.filter((id) => applicable.has(id));
}
