import type { PlanDraft } from './planDraft';
import type { AuditLookups } from './useAuditLookups';

/** What each part of the plan form needs from the form. */
export interface PlanSection {
  lookups: AuditLookups;
  draft: PlanDraft;
  update: (change: Partial<PlanDraft>) => void;
  /** The save's complaint about a field of the plan, if any. */
  message: (field: keyof PlanDraft) => string | undefined;
  /** The id of a field's input, unique to this plan on the page. */
  fieldId: (name: string) => string;
  canEdit: boolean;
}
