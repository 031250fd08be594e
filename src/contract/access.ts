import { z } from 'zod';
import { resolver, reason, accountId, expectedVersion } from './resolverSpec';
import { AppRole } from '../domain/access/appRole';
import type { PassphraseReset } from './signing';

export interface Session {
  accountId: string;
  displayName: string;
  roles: AppRole[];
  isSiteAdmin: boolean;
  /** True when this call made the caller the programme's first programme manager. */
  becameFirstProgrammeManager: boolean;
}

export interface RoleAssignment {
  accountId: string;
  displayName: string;
  roles: AppRole[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** The caller: who they are and the roles they hold. */
export const sessionResolvers = {
  getSession: resolver<Session>()({
    input: z.object({}).strict(),
    access: 'anyone',
    summary: 'Who is calling and which app roles they hold; makes the first site admin programme manager.',
  }),
} as const;

/** Who holds which app role (Settings & people). */
export const peopleResolvers = {
  listRoleAssignments: resolver<{ assignments: RoleAssignment[]; passphraseResets: PassphraseReset[] }>()({
    input: z.object({}).strict(),
    access: 'anyAppRole',
    summary: 'Every account that holds an app role; for a programme manager also the recent passphrase resets.',
  }),
  setUserRoles: resolver<RoleAssignment>()({
    input: z
      .object({
        accountId,
        roles: z.array(AppRole).max(6),
        expectedVersion,
        reason,
      })
      .strict(),
    access: ['programmeManager'],
    summary: "Replace one account's app roles (the last programme manager cannot be removed).",
  }),
} as const;
