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

/**
 * What every picker of the plan (areas, scope, people) takes from the section: its id, whether the
 * save complained about its field, and whether the reader may change it.
 */
export function pickerOf({ fieldId, message, canEdit }: PlanSection, name: string, field: keyof PlanDraft) {
  return { inputId: fieldId(name), isInvalid: Boolean(message(field)), isDisabled: !canEdit };
}
