import { z } from 'zod';
import { resolver, reason, expectedVersion, cycleStart } from './resolverSpec';
import { ProgrammeSettings } from '../domain/programme/programmeSettings';
import { AuditProgramme } from '../domain/programme/auditProgramme';
import { IsoDate } from '../domain/calendar/calendarDate';
import type { CoverageResult } from '../domain/programme/coverage';
import type { CycleWindow } from '../domain/programme/cycle';
import type { ProposedAudit } from '../domain/programme/riskFrequency';
import type { RequiredAuditsLine } from '../domain/programme/requiredAudits';
import type { AuditSummary } from './audits';
import type { SignatureView } from './signing';

export interface VersionedSettings {
  settings: ProgrammeSettings;
  /** 0 while the defaults have never been saved. Send it back as `expectedVersion`. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The display name of `updatedBy`, for people reading the page (Part 11: printed name). */
  updatedByName: string | null;
}

/** A file the UI offers for download. */
export interface FileDownload {
  fileName: string;
  mimeType: string;
  content: string;
}

/** Who changed a record last, with the printed name (Part 11). */
export interface RecordStamp {
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  updatedByName: string | null;
}

export interface CsvImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ProgrammeView extends RecordStamp {
  id: string;
  cycle: CycleWindow;
  /** null until the programme manager saves the programme of this cycle. */
  programme: AuditProgramme | null;
  /** The cycles before and after, for paging. */
  previousCycleStart: string;
  nextCycleStart: string;
  isCurrentCycle: boolean;
  approvals: SignatureView[];
}

export interface ScheduleProposalView {
  cycle: CycleWindow;
  proposals: Array<ProposedAudit & { areaName: string; alreadyScheduled: boolean }>;
  /** Why adopting would plan nothing, in plain words with the true counts; null when it would plan something. */
  nothingToAdopt: string | null;
}

export interface CoverageView extends CoverageResult {
  programmeId: string;
  /** One sentence per gap that the audits already planned cannot close. */
  warnings: string[];
  titles: Record<string, string>;
}

/** The proposal, and each area's required number of audits in the cycle by its risk against the audits on the programme. */
export type ScheduleProposalWithRequiredAudits = ScheduleProposalView & { requiredAudits: RequiredAuditsLine[] };

/** The programme settings (Settings & people). */
export const programmeSettingsResolvers = {
  getProgrammeSettings: resolver<VersionedSettings>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'The programme settings with their version.',
  }),
  updateProgrammeSettings: resolver<VersionedSettings>()({
    input: z
      .object({
        settings: ProgrammeSettings,
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'Save the programme settings (optimistic: expectedVersion must be the version read).',
  }),
} as const;

/** A cycle's audit programme, its proposed schedule and coverage. */
export const programmeResolvers = {
  getAuditProgramme: resolver<ProgrammeView>()({
    input: z.object({ cycleStart }).strict(),
    access: 'anyAppRole',
    summary: "A cycle's audit programme: objectives, criteria, methods, responsibilities, reporting, policy.",
  }),
  saveAuditProgramme: resolver<ProgrammeView>()({
    input: z
      .object({
        cycleStart: IsoDate,
        programme: AuditProgramme.omit({ cycleStart: true, cycleLengthMonths: true }),
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: 'Create or change the programme of the cycle starting on cycleStart.',
  }),
  proposeSchedule: resolver<ScheduleProposalWithRequiredAudits>()({
    input: z.object({ cycleStart }).strict(),
    access: ['programmeManager', 'leadAuditor'],
    summary: "The risk-based schedule the programme's frequency policy proposes for a cycle (nothing is saved).",
  }),
  adoptProposedSchedule: resolver<{ created: AuditSummary[]; alreadyScheduled: number }>()({
    input: z.object({ cycleStart: IsoDate }).strict(),
    access: ['programmeManager'],
    summary: 'Create a planned audit for every proposed one not yet scheduled (safe to repeat).',
  }),
  getCoverage: resolver<CoverageView>()({
    input: z.object({ cycleStart }).strict(),
    access: 'anyAppRole',
    summary: "A cycle's coverage: audited, planned and gap per clause and applicable control, and what will be missed.",
  }),
} as const;
