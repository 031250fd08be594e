import { z } from 'zod';
import { AppRole, type Access } from '../domain/access/appRole';
import { ProgrammeSettings } from '../domain/programme/programmeSettings';
import { SignatureMeaning } from '../domain/signing/signatureMeaning';
import { Passphrase } from '../domain/signing/passphrasePolicy';
import type { TrailVerdict } from '../domain/trail/verifyTrail';
import { AuditableArea } from '../domain/programme/auditableArea';
import type { AreaView } from './areas';
import type { RecordExport, TrailPage } from './records';
import type { SignatureView, SigningStatus } from './signing';

/**
 * The resolver contract: one row per resolver with its zod input schema, who may call it, and its
 * output type. The entry layer parses with `input` and checks `access`; the UI's typed client and
 * the sandbox's `GET /sandbox/contract` are generated from this same table.
 */
interface ResolverSpec<Input extends z.ZodType, Output> {
  input: Input;
  access: Access;
  summary: string;
  /** Phantom member: carries the output type for the typed client. Never read at run time. */
  output?: Output;
}

function resolver<Output>() {
  return <Input extends z.ZodType>(spec: Omit<ResolverSpec<Input, Output>, 'output'>) =>
    spec as ResolverSpec<Input, Output>;
}

const reason = z.string().trim().min(1).max(2000).optional();
const accountId = z.string().trim().min(1, 'Enter an Atlassian account id').max(128);
const expectedVersion = z.number().int().min(0);
const recordRef = { recordType: z.string().min(1).max(64), recordId: z.string().min(1).max(191) };
const isoDateTime = z.iso.datetime({ offset: true });
const trailFilter = {
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(191).optional(),
  actor: z.string().max(128).optional(),
  action: z.enum(['create', 'update', 'delete']).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
};

export interface Session {
  accountId: string;
  displayName: string;
  roles: AppRole[];
  isSiteAdmin: boolean;
  /** True when this call made the caller the programme's first programme manager. */
  becameFirstProgrammeManager: boolean;
}

export interface VersionedSettings {
  settings: ProgrammeSettings;
  /** 0 while the defaults have never been saved. Send it back as `expectedVersion`. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The display name of `updatedBy`, for people reading the page (Part 11: printed name). */
  updatedByName: string | null;
}

export interface RoleAssignment {
  accountId: string;
  displayName: string;
  roles: AppRole[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export const resolverContract = {
  getSession: resolver<Session>()({
    input: z.object({}).strict(),
    access: 'anyone',
    summary: 'Who is calling and which app roles they hold; makes the first site admin programme manager.',
  }),
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
  listRoleAssignments: resolver<{ assignments: RoleAssignment[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Every account that holds an app role.',
  }),
  setUserRoles: resolver<RoleAssignment>()({
    input: z
      .object({
        accountId,
        roles: z.array(AppRole).max(5),
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: "Replace one account's app roles (the last programme manager cannot be removed).",
  }),
  verifyAuditTrail: resolver<TrailVerdict>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Walk the hash-chained audit trail and name the first broken entry, if any.',
  }),
  listAuditTrail: resolver<TrailPage>()({
    input: z
      .object({
        ...trailFilter,
        afterSeq: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    access: 'anyAppRole',
    summary: 'Trail entries matching a filter (record, user, action, date range), oldest first, paged.',
  }),
  exportAuditTrail: resolver<{ fileName: string; mimeType: string; content: string; entries: number }>()({
    input: z.object({ ...trailFilter, format: z.enum(['csv', 'json']) }).strict(),
    access: 'anyAppRole',
    summary: 'The filtered trail as a CSV or JSON file.',
  }),
  exportProgrammeRecord: resolver<RecordExport>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: "The programme's complete record: records, signatures, trail and the trail's verdict.",
  }),
  getSigningStatus: resolver<SigningStatus>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Whether the caller has a signing passphrase, and whether signing is locked.',
  }),
  setSigningPassphrase: resolver<SigningStatus>()({
    input: z.object({ newPassphrase: Passphrase, currentPassphrase: z.string().max(256).optional() }).strict(),
    access: 'anyAppRole',
    summary: "Set or change the caller's signing passphrase (changing needs the current one).",
  }),
  resetSigningPassphrase: resolver<{ reset: true }>()({
    input: z
      .object({ accountId, reason: z.string().trim().min(1, 'Say why the passphrase is reset').max(2000) })
      .strict(),
    access: ['programmeManager'],
    summary: "Reset someone's signing passphrase; they must set a new one. In the trail with the reason.",
  }),
  signRecord: resolver<SignatureView>()({
    input: z
      .object({
        ...recordRef,
        recordVersion: z.number().int().min(1),
        meaning: SignatureMeaning,
        passphrase: z.string().min(1, 'Enter your signing passphrase').max(256),
      })
      .strict(),
    access: 'anyAppRole',
    summary: 'Sign one version of a record with a meaning; identity from the platform plus the passphrase.',
  }),
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
  listSignatures: resolver<{ signatures: SignatureView[] }>()({
    input: z.object(recordRef).strict(),
    access: 'anyAppRole',
    summary: 'The signatures of a record, each current or superseded by a change, with its binding checked.',
  }),
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverName = keyof ResolverContract;
export type ResolverInput<K extends ResolverName> = z.input<ResolverContract[K]['input']>;
export type ParsedInput<K extends ResolverName> = z.output<ResolverContract[K]['input']>;
export type ResolverOutput<K extends ResolverName> = NonNullable<ResolverContract[K]['output']>;
