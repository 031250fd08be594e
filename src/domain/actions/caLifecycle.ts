import type { MappedStep } from '../jira/jiraSettings';
import { findingGradeTitles, type FindingGrade } from '../audits/finding';
import type { ActionKind, CorrectiveActionRecord, CorrectiveActionState } from './correctiveAction';
import type { VerificationResult } from './caVerification';

/** The steps people record after the correction, in the only order ISO 27001 10.2 makes sense in. */
export const recordedSteps = ['rootCause', 'extent', 'plan', 'implementation'] as const;
export type RecordedStep = (typeof recordedSteps)[number];

export const stepTitles: Record<RecordedStep, string> = {
  rootCause: 'root-cause analysis',
  extent: 'extent (could it recur elsewhere?)',
  plan: 'action plan',
  implementation: 'implementation',
};

/** Every state's words, for refusals ("the action waits for its …"). */
const stateTitles: Record<Exclude<CorrectiveActionState, 'closed'>, string> = {
  ...stepTitles,
  planApproval: 'plan approval',
  verification: 'effectiveness verification',
};

/**
 * What happens to a corrective action: a step is recorded, its plan is approved (signed), or a
 * verification is signed.
 */
export type LifecycleEvent =
  { kind: 'step'; step: RecordedStep } | { kind: 'planApproved' } | { kind: 'verified'; result: VerificationResult };

/**
 * Why `event` cannot happen in `state`, or null when it can. A step is accepted only when it is
 * the one the action waits for; an approval only when a plan waits for it; a verification only
 * when the action waits for verification. Implementation never starts on an unapproved plan.
 */
export function refusalOf(
  state: CorrectiveActionState,
  event: LifecycleEvent,
  kind: ActionKind = 'corrective',
): string | null {
  if (kind === 'improvement') return improvementRefusalOf(state, event);
  if (state === 'closed') return 'The corrective action is closed: nothing more can be recorded';
  if (event.kind === 'verified') {
    return state === 'verification' ? null : `The action waits for its ${stateTitles[state]}, not for verification`;
  }
  if (event.kind === 'planApproved') {
    return state === 'planApproval' ? null : `The action waits for its ${stateTitles[state]}, not for plan approval`;
  }
  if (event.step === state) return null;
  if (state === 'verification') return 'The action is implemented and waits for its effectiveness verification';
  if (state === 'planApproval') {
    return 'The plan waits for approval by a programme manager or lead auditor before anything else is recorded';
  }
  return `The next step is the ${stepTitles[state]}, not the ${stepTitles[event.step]}`;
}

/** The state after `event` (check `refusalOf` first; an impossible event throws, as it is a bug). */
export function nextState(
  state: CorrectiveActionState,
  event: LifecycleEvent,
  kind: ActionKind = 'corrective',
): CorrectiveActionState {
  const refusal = refusalOf(state, event, kind);
  if (refusal) throw new Error(`nextState: ${refusal}`);
  // An improvement action is done when its implementation is recorded: nothing waits after it.
  if (kind === 'improvement') return state === 'plan' ? 'implementation' : 'closed';
  if (event.kind === 'verified') return event.result === 'effective' ? 'closed' : 'plan';
  if (event.kind === 'planApproved') return 'implementation';
  const after: Record<RecordedStep, CorrectiveActionState> = {
    rootCause: 'extent',
    extent: 'plan',
    plan: 'planApproval',
    implementation: 'verification',
  };
  return after[event.step];
}

/** The steps of an improvement action (10.1): no root cause, extent, plan approval or verification. */
export const improvementSteps = ['plan', 'implementation'] as const;

/** Where an action starts once opened: a corrective one at its root cause, an improvement at its plan. */
export const openingState = (kind: ActionKind): CorrectiveActionState =>
  kind === 'improvement' ? 'plan' : 'rootCause';

/**
 * The improvement action's refusals: it takes its plan, then its implementation, and then it is
 * closed. What belongs to correcting a nonconformity is refused in words that say why.
 */
function improvementRefusalOf(state: CorrectiveActionState, event: LifecycleEvent): string | null {
  if (state === 'closed') return 'The improvement action is closed: nothing more can be recorded';
  if (event.kind === 'verified') {
    return 'An improvement action has no effectiveness verification (10.1): it closes when its implementation is recorded';
  }
  if (event.kind === 'planApproved') return 'An improvement action needs no plan approval: its owner carries it out';
  if (event.step === 'rootCause' || event.step === 'extent') {
    return `An improvement action has no ${stepTitles[event.step]}: its steps are the plan and the implementation`;
  }
  if (state !== 'plan' && state !== 'implementation') {
    // Only a damaged record gets here: an improvement action never enters the other states.
    return `The improvement action is in the ${stateTitles[state]} state, which improvement actions do not have`;
  }
  return event.step === state ? null : `The next step is the ${stepTitles[state]}, not the ${stepTitles[event.step]}`;
}

/**
 * The mapped Jira status a corrective action belongs in (null: wherever the workflow starts it).
 * An approved plan means "planned" until it is implemented (a plan waiting for approval is not
 * planned yet); an implemented action waits in
 * "verification"; one found not effective goes back to "planned" while a new plan is made.
 */
export function jiraStepFor(action: Pick<CorrectiveActionRecord, 'state' | 'notEffectiveCount'>): MappedStep | null {
  switch (action.state) {
    case 'rootCause':
    case 'extent':
      return null;
    case 'plan':
    case 'planApproval':
      return action.notEffectiveCount > 0 ? 'planned' : null;
    case 'implementation':
      return 'planned';
    case 'verification':
      return 'verification';
    case 'closed':
      return 'closed';
  }
}

/** The mapped statuses in lifecycle order: the route an issue takes when it has to pass through. */
export const mappedRoute: readonly MappedStep[] = ['planned', 'implemented', 'verification', 'closed'];

/**
 * Whether a finding of `grade` may have a corrective action: a nonconformity always (10.2, and
 * the due-date policy says by when); an observation too, because acting on one before it becomes
 * an NC is good practice and the policy for observations makes such an action optional (it sets
 * no due date unless the admin gives one); an opportunity for improvement never, because
 * improvement (10.1) is not the correction of a nonconformity and has no verification gate: it
 * gets an improvement action instead.
 */
export function mayHaveCorrectiveAction(grade: FindingGrade): boolean {
  return grade !== 'opportunity';
}

/**
 * Whether a finding of `grade` may have an improvement action (10.1): an observation or an
 * opportunity for improvement; a nonconformity never, because it must be corrected and its
 * correction verified effective (10.2), which an improvement action skips.
 */
export function mayHaveImprovementAction(grade: FindingGrade): boolean {
  return grade === 'observation' || grade === 'opportunity';
}

/** Why an action of `kind` may not answer a finding of `grade` (null: it may), in a user's words. */
export function actionKindProblem(kind: ActionKind, grade: FindingGrade): string | null {
  const gradeWords = findingGradeTitles[grade];
  if (kind === 'corrective' && !mayHaveCorrectiveAction(grade)) {
    return `An ${gradeWords} has no corrective action: open an improvement action for it (10.1), or a programme manager records that none will be taken`;
  }
  if (kind === 'improvement' && !mayHaveImprovementAction(grade)) {
    return `A ${gradeWords} needs a corrective action verified effective (10.2), not an improvement action`;
  }
  return null;
}
