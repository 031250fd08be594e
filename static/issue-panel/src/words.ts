import type { CorrectiveActionView } from '../../../src/contract';
import { type CorrectiveActionState, actionStateWords, actionStates } from '../../shared/words/actionStates';
import { roleOrder, roleTitles } from '../../shared/words/roles';

export {
  findingGradeWords as gradeWords,
  isNonconformityGrade as isNonconformity,
} from '../../shared/words/findingGrades';

export type RootCauseMethod = NonNullable<CorrectiveActionView['action']['rootCause']>['method'];

/* Copied from the domain's words (the UI imports only the contract's types). */

export const methodWords = {
  fiveWhys: 'Five whys',
  fishbone: 'Fishbone (Ishikawa)',
  faultTree: 'Fault tree',
  other: 'Other',
} as const satisfies Record<RootCauseMethod, string>;

export type LifecycleStep = CorrectiveActionState | 'correction';

/** The lifecycle in order, as ISO 27001 10.2 walks it; `correction` is recorded when the action opens. */
export const lifecycle: ReadonlyArray<{ id: LifecycleStep; label: string }> = [
  { id: 'correction', label: 'Correction' },
  ...actionStates.map((id) => ({ id, label: actionStateWords[id].label })),
];

/** The roles as the panel's sentence names them ("your roles: auditee, viewer"). */
export const roleWords: Record<string, string> = Object.fromEntries(
  roleOrder.map((role) => [role, roleTitles[role].toLowerCase()]),
);
