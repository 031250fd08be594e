import { z } from 'zod';
import { resolver, reason, expectedVersion, csvText, cycleStart } from './resolverSpec';
import { CriteriaSetContent } from '../domain/criteria/criteriaSet';
import { CriteriaSetId } from '../domain/criteria/criterionRef';
import type { AmendmentPoint } from '../domain/criteria/isoSet';
import type { CriteriaSetCoverage } from '../domain/criteria/criteriaSetCoverage';
import type { CycleWindow } from '../domain/programme/cycle';
import type { RecordStamp } from './programme';

/** One line of the criteria sets list: the built-in ISO set first, then the company's own. */
export interface CriteriaSetSummary extends RecordStamp {
  id: string;
  title: string;
  sourceNote: string;
  builtIn: boolean;
  requirementCount: number;
  crossReferenceCount: number;
}

export interface CriteriaSetsView {
  sets: CriteriaSetSummary[];
  /** Points of the ISO catalogue that an amendment added, shown as such. */
  isoAmendmentPoints: AmendmentPoint[];
}

/** A company criteria set with its version, for the form (send `version` back as `expectedVersion`). */
export interface CriteriaSetView extends RecordStamp {
  set: CriteriaSetContent;
}

export interface CriteriaCoverageView extends CriteriaSetCoverage {
  cycle: CycleWindow;
  programmeId: string;
  title: string;
}

/** Criteria sets beside the ISO catalogue: company SOPs, regulations, other standards. */
export const criteriaResolvers = {
  listCriteriaSets: resolver<CriteriaSetsView>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The criteria sets: the built-in ISO/IEC 27001:2022 catalogue and the company sets, with versions.',
  }),
  getCriteriaSet: resolver<CriteriaSetView>()({
    input: z.object({ setId: CriteriaSetId }).strict(),
    access: 'anyAppRole',
    summary: 'One company criteria set: its requirements and cross-references to ISO/IEC 27001:2022.',
  }),
  saveCriteriaSet: resolver<CriteriaSetView>()({
    input: z.object({ set: CriteriaSetContent, expectedVersion, reason }).strict(),
    access: ['programmeManager'],
    summary: 'Create a criteria set (expectedVersion 0) or change one; a change needs a reason.',
  }),
  importCriteriaSet: resolver<CriteriaSetView>()({
    input: z
      .object({
        setId: CriteriaSetId,
        title: z.string().trim().min(1, 'Enter the criteria set title').max(200),
        sourceNote: z.string().trim().max(1000).default(''),
        csv: csvText,
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: "Create or replace a criteria set's requirements from CSV; any faulty line imports nothing.",
  }),
  getCriteriaCoverage: resolver<CriteriaCoverageView>()({
    input: z.object({ setId: CriteriaSetId, cycleStart }).strict(),
    access: 'anyAppRole',
    summary: "A cycle's coverage of one company criteria set, cross-referenced lines counted for both sets.",
  }),
} as const;
