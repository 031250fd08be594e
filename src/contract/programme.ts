import { z } from 'zod';
import { resolver, reason, expectedVersion, cycleStart } from './resolverSpec';
import { ProgrammeSettings } from '../domain/programme/programmeSettings';
import { AuditProgramme } from '../domain/programme/auditProgramme';
import { IsoDate } from '../domain/calendar/calendarDate';
import type { ReportIntegrity } from '../domain/reports/reportIntegrity';
import type { CatalogueItem } from '../domain/catalogue/catalogueItem';
import type { AuditorEvaluation, AuditorRecord } from '../domain/auditors/auditorRecord';
import type { AuditRecord, ChecklistEntry } from '../domain/audits/auditPlan';
import type { EvidenceRecord } from '../domain/audits/evidence';
import type { FindingRecord } from '../domain/audits/finding';
import type { ImpartialityOverrideRecord } from '../domain/audits/impartialityOverrideRecord';
import type { SoaEntry } from '../domain/soa/soa';
import type { CompetenceCheck } from '../domain/auditors/competence';
import type { CoverageResult } from '../domain/programme/coverage';
import type { CycleWindow } from '../domain/programme/cycle';
import type { ImpartialityConflict } from '../domain/auditors/impartiality';
import type { ProposedAudit } from '../domain/programme/riskFrequency';
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
}

/** An audit as lists show it. */
export interface AuditSummary {
  id: string;
  version: number;
  title: string;
  state: AuditRecord['state'];
  areaIds: string[];
  areaNames: string[];
  plannedStart: string;
  plannedEnd: string;
  leadAuditorId: string | null;
  leadAuditorName: string | null;
  /** Planned end passed and not reported yet. */
  late: boolean;
  /** Days past the planned end while late, else 0. */
  daysLate: number;
  findings: number;
  planPage: AuditRecord['planPage'];
  origin: AuditRecord['origin'];
  /**
   * The audit report as last recorded (no Confluence call per audit in lists): whether it is approved
   * or was found changed after approval, and a link to its page. Null before a report exists.
   */
  report?: { integrity: ReportIntegrity; pageUrl: string | null } | null;
}

export interface OverrideView {
  id: string;
  override: ImpartialityOverrideRecord;
  auditorName: string;
  approvedByName: string;
  areaName: string;
  /** The override only lifts the conflict once this signature exists and is current. */
  signature: SignatureView | null;
}

export interface ChecklistLineView extends ChecklistEntry {
  title: string;
  guidance: string;
}

export interface AssignmentCheckView {
  accountId: string;
  name: string;
  role: 'lead' | 'team';
  /** Why the person's app roles do not allow this place in the team (a lead needs leadAuditor), or null. */
  roleProblem: string | null;
  competence: CompetenceCheck;
  /** Conflicts before overrides, and those still blocking after signed overrides. */
  conflicts: ImpartialityConflict[];
  blockingConflicts: ImpartialityConflict[];
}

export interface AuditView extends AuditSummary {
  audit: AuditRecord;
  programmeId: string;
  checklist: ChecklistLineView[];
  assignments: AssignmentCheckView[];
  overrides: OverrideView[];
  people: Record<string, string>;
  /** What the caller may do here (the resolvers check again). */
  can: { editPlan: boolean; move: boolean; recordResults: boolean; publish: boolean; override: boolean };
}

export interface FindingView {
  id: string;
  version: number;
  finding: FindingRecord;
  itemTitle: string;
  areaName: string;
  auditTitle: string;
  raisedByName: string;
  isRepeat: boolean;
}

export interface EvidenceView {
  id: string;
  evidence: EvidenceRecord;
  collectedByName: string;
  /** Confluence pages only: the page's current version, and whether its body differs from the one collected. */
  currentVersion: number | null;
  /** null when it could not be checked (not a page, or the page is gone or hidden). */
  changedSinceCollected: boolean | null;
  checkNote: string | null;
}

export interface AuditorView {
  accountId: string;
  name: string;
  version: number;
  auditor: AuditorRecord;
  /** Certificates valid today, expiring within 60 days (0 = today). */
  expiringSoon: CompetenceCheck['expiringSoon'];
  hasValidCertificate: boolean;
  warnings: string[];
  lastEvaluation: AuditorEvaluation | null;
}

export interface CoverageView extends CoverageResult {
  programmeId: string;
  /** One sentence per gap that the audits already planned cannot close. */
  warnings: string[];
  titles: Record<string, string>;
}

export interface PublishOutcome {
  pageId: string;
  version: number;
  title: string;
  spaceKey: string;
  url: string | null;
  created: boolean;
}

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
  proposeSchedule: resolver<ScheduleProposalView>()({
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
