import type { ResolverInput, ResolverOutput } from '../../../../src/contract';

export type AuditView = ResolverOutput<'getAudit'>;
export type PlanInput = ResolverInput<'saveAuditPlan'>['plan'];

/** The plan form's fields, all controlled; sent as they are (the server trims and checks). */
export interface PlanDraft {
  title: string;
  areaIds: string[];
  itemIds: string[];
  objectives: string;
  criteria: string;
  methods: string;
  resources: string;
  leadAuditorId: string | null;
  teamIds: string[];
  /** Each member's place on the team; a member without one is an auditor. */
  teamRoles?: Record<string, MemberRole>;
  auditeeIds: string[];
  plannedStart: string;
  plannedEnd: string;
}

export type MemberRole = NonNullable<PlanInput['teamRoles']>[string];

/** Where each field's complaint comes from: the server names `plan.<field>` (or `plan.teamIds.2`). */
export const planFieldPath = (field: keyof PlanDraft) => `plan.${field}`;

export const planFields: ReadonlyArray<keyof PlanDraft> = [
  'title',
  'areaIds',
  'itemIds',
  'objectives',
  'criteria',
  'methods',
  'resources',
  'leadAuditorId',
  'teamIds',
  'auditeeIds',
  'plannedStart',
  'plannedEnd',
];

export function emptyDraft(): PlanDraft {
  return {
    title: '',
    areaIds: [],
    itemIds: [],
    objectives: '',
    criteria: 'ISO/IEC 27001:2022 clauses 4–10 and the applicable Annex A controls; our ISMS policies and procedures.',
    methods: 'Interviews, document and record review, observation, sampling.',
    resources: '',
    leadAuditorId: null,
    teamIds: [],
    auditeeIds: [],
    plannedStart: '',
    plannedEnd: '',
  };
}

export function draftFrom(plan: AuditView['audit']['plan']): PlanDraft {
  return {
    ...plan,
    areaIds: [...plan.areaIds],
    itemIds: [...plan.itemIds],
    teamIds: [...plan.teamIds],
    auditeeIds: [...plan.auditeeIds],
  };
}

export function planInput(draft: PlanDraft): PlanInput {
  // A member taken off the team takes their role along: the server refuses a role for someone not on it.
  const teamRoles = Object.fromEntries(
    Object.entries(draft.teamRoles ?? {}).filter(([accountId]) => draft.teamIds.includes(accountId)),
  );
  return { ...draft, teamRoles };
}

/** The clauses and controls the chosen areas carry, in catalogue order, without duplicates. */
export function itemsOfAreas(
  areaIds: readonly string[],
  areas: ReadonlyArray<{ id: string; area: { itemIds: readonly string[] } }>,
  catalogueOrder: readonly string[],
): string[] {
  const wanted = new Set(areas.filter((area) => areaIds.includes(area.id)).flatMap((area) => area.area.itemIds));
  return catalogueOrder.filter((id) => wanted.has(id));
}

/** The chosen areas the person owns or works in: what the server will refuse without an override. */
export function conflictsOf(
  accountId: string | null,
  areaIds: readonly string[],
  areas: ReadonlyArray<{ id: string; area: { name: string; ownerId: string; memberIds: readonly string[] } }>,
): Array<{ areaId: string; areaName: string; reason: 'owner' | 'member' }> {
  if (!accountId) return [];
  return areas
    .filter((area) => areaIds.includes(area.id))
    .flatMap((area): Array<{ areaId: string; areaName: string; reason: 'owner' | 'member' }> =>
      area.area.ownerId === accountId
        ? [{ areaId: area.id, areaName: area.area.name, reason: 'owner' as const }]
        : area.area.memberIds.includes(accountId)
          ? [{ areaId: area.id, areaName: area.area.name, reason: 'member' as const }]
          : [],
    );
}
