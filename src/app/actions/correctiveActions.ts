import type { CorrectiveActionView } from '../../contract/jira';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// Scaffolding: the use cases of this room, filled in by the issue-7 work.

export async function openCorrectiveAction(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'openCorrectiveAction'>,
): Promise<CorrectiveActionView> {
  throw new Error('openCorrectiveAction: not built yet');
}

export async function recordCorrectiveActionStep(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'recordCorrectiveActionStep'>,
): Promise<CorrectiveActionView> {
  throw new Error('recordCorrectiveActionStep: not built yet');
}

export async function getCorrectiveAction(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'getCorrectiveAction'>,
): Promise<CorrectiveActionView> {
  throw new Error('getCorrectiveAction: not built yet');
}

export async function listCorrectiveActions(
  _services: AppServices,
  _caller: Caller,
  _input: ParsedInput<'listCorrectiveActions'>,
): Promise<{ actions: CorrectiveActionView[] }> {
  throw new Error('listCorrectiveActions: not built yet');
}
