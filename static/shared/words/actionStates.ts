import type { CorrectiveActionView } from '../../../src/contract';
import type { LozengeWord } from './lozengeWord';

export type CorrectiveActionState = CorrectiveActionView['action']['state'];

/**
 * What a corrective action waits for, as its owner reads it, in the order ISO 27001 10.2 walks it
 * (the Findings & actions tab's lozenges and the issue panel's lifecycle both read this table).
 */
export const actionStateWords = {
  rootCause: { label: 'Root cause', appearance: 'new' },
  extent: { label: 'Extent', appearance: 'new' },
  plan: { label: 'Action plan', appearance: 'inprogress' },
  planApproval: { label: 'Plan approval', appearance: 'inprogress' },
  implementation: { label: 'Implementation', appearance: 'inprogress' },
  verification: { label: 'Verification', appearance: 'moved' },
  closed: { label: 'Closed', appearance: 'success' },
} as const satisfies Record<CorrectiveActionState, LozengeWord>;

export const actionStates = Object.keys(actionStateWords) as CorrectiveActionState[];
