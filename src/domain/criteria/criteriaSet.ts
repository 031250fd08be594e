import { z } from 'zod';
import { isCatalogueId } from '../catalogue/catalogue';
import { CriteriaRequirementId, CriteriaSetId, criterionRefOf } from './criterionRef';

/**
 * A criteria set a programme manager keeps beside the built-in ISO/IEC 27001:2022 catalogue: a
 * company SOP, 21 CFR Part 11, EU GMP Annex 11, GDPR articles, ISO 9001/13485 clauses. The app ships
 * none of those texts; the company enters or imports the ones it is licensed to hold.
 */
export const CriteriaRequirement = z.object({
  id: CriteriaRequirementId,
  title: z.string().trim().min(1, 'Enter the requirement title').max(200, 'A title has at most 200 characters'),
  /** The requirement as the source words it (or the company's summary of it). */
  text: z
    .string()
    .trim()
    .min(1, 'Enter the requirement text')
    .max(4000, 'The requirement text has at most 4000 characters'),
  /** What an auditor asks and looks for; may be empty. */
  guidance: z.string().trim().max(4000, 'The guidance has at most 4000 characters').default(''),
  /** The chapter, section or topic it sits under, for grouping in lists and the heat-map; may be empty. */
  group: z.string().trim().max(120, 'A group has at most 120 characters').default(''),
});
export type CriteriaRequirement = z.output<typeof CriteriaRequirement>;

/**
 * A cross-reference: this requirement of the set and an ISO/IEC 27001:2022 clause or Annex A control
 * are tested by the same checklist line (SOP section 4.2 "Audit trail review" ↔ A.8.15 "Logging").
 * A line citing either one counts for both in coverage and the heat-map.
 */
export const CrossReference = z.object({
  requirementId: CriteriaRequirementId,
  isoId: z.string().trim().refine(isCatalogueId, 'Not an ISO/IEC 27001:2022 clause or Annex A control (e.g. A.8.15)'),
});
export type CrossReference = z.output<typeof CrossReference>;

/** What the programme manager enters or imports; the store adds the version and the trail. */
export const CriteriaSetContent = z
  .object({
    id: CriteriaSetId,
    title: z.string().trim().min(1, 'Enter the criteria set title').max(200, 'A title has at most 200 characters'),
    /** Which version or issue of the source this is, and where it comes from ("SOP-IT-014 rev. 3, effective 2026-03-01"). */
    sourceNote: z.string().trim().max(1000, 'The source note has at most 1000 characters').default(''),
    requirements: z.array(CriteriaRequirement).min(1, 'A criteria set needs at least one requirement').max(2000),
    crossReferences: z.array(CrossReference).max(5000).default([]),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.requirements.forEach((requirement, index) => {
      if (seen.has(requirement.id))
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', index, 'id'],
          message: `Requirement ${requirement.id} is listed twice`,
        });
      seen.add(requirement.id);
    });
    const pairs = new Set<string>();
    set.crossReferences.forEach((reference, index) => {
      if (!seen.has(reference.requirementId))
        ctx.addIssue({
          code: 'custom',
          path: ['crossReferences', index, 'requirementId'],
          message: `The cross-reference names requirement ${reference.requirementId}, which the set does not hold`,
        });
      const pair = `${reference.requirementId}\u0000${reference.isoId}`;
      if (pairs.has(pair))
        ctx.addIssue({
          code: 'custom',
          path: ['crossReferences', index, 'isoId'],
          message: `${reference.requirementId} → ${reference.isoId} is listed twice`,
        });
      pairs.add(pair);
    });
  });
export type CriteriaSetContent = z.output<typeof CriteriaSetContent>;

/**
 * The stored record: the content, plus whether the set is retired. A retired set is kept (findings
 * cite it) but offered for no new checklist line.
 */
export const CriteriaSetRecord = z.object({
  content: CriteriaSetContent,
  retired: z.boolean().default(false),
});
export type CriteriaSetRecord = z.output<typeof CriteriaSetRecord>;

/** The ISO ids a requirement of the set is cross-referenced to, and the reverse, for one set. */
export function crossReferenceIndex(set: Pick<CriteriaSetContent, 'crossReferences'>): {
  isoOf: ReadonlyMap<string, readonly string[]>;
  requirementsOf: ReadonlyMap<string, readonly string[]>;
} {
  const isoOf = new Map<string, string[]>();
  const requirementsOf = new Map<string, string[]>();
  for (const { requirementId, isoId } of set.crossReferences) {
    isoOf.set(requirementId, [...(isoOf.get(requirementId) ?? []), isoId]);
    requirementsOf.set(isoId, [...(requirementsOf.get(isoId) ?? []), requirementId]);
  }
  return { isoOf, requirementsOf };
}

/**
 * Requirements a new version of a set would drop although a checklist line or finding cites them:
 * the change is refused, because those records would lose the text they were judged against.
 * `citedKeys` are the criterion keys the records hold.
 */
export function droppedCitedRequirements(
  setId: string,
  after: Pick<CriteriaSetContent, 'requirements'>,
  citedKeys: Iterable<string>,
): string[] {
  const kept = new Set(after.requirements.map((requirement) => requirement.id));
  const dropped = new Set<string>();
  for (const key of citedKeys) {
    const ref = criterionRefOf(key);
    if (ref.setId === setId && !kept.has(ref.requirementId)) dropped.add(ref.requirementId);
  }
  return [...dropped].sort();
}
