import { z } from 'zod';
import { closingVerdict, type GateVerdict } from '../app/actions/closingGate';
import { issueKeyPattern } from '../domain/jira/jqlText';
import { forgeServices } from './forgeServices';

/** What Jira sends a `jira:workflowValidator` function (the parts the gate reads). */
const ValidatorInput = z.object({
  // Jira only ever sends a real issue key; anything else (a path, a query) must not reach a URL.
  issue: z.object({ key: z.string().regex(issueKeyPattern) }),
  transition: z.object({ to: z.object({ id: z.string().min(1) }) }),
});

/**
 * The verification gate (`verified-effective-validator`): Jira asks it on every transition the
 * admin attached it to, as the app (there is no caller). A payload it cannot read is refused,
 * because letting an unknown transition close an action is the failure that matters.
 *
 * This validator is the control, not the workflow condition: the condition reads issue properties
 * any editor can set, so the verdict rests on the store, and a property that disagrees with the
 * store is refused and recorded (see closingVerdict and docs/security/workflow-gate.md).
 */
export async function handler(input: unknown): Promise<GateVerdict> {
  const parsed = ValidatorInput.safeParse(input);
  if (!parsed.success) {
    return { result: false, errorMessage: 'The audit app could not read this transition; try again or ask an admin' };
  }
  const services = await forgeServices();
  return closingVerdict(services, { issueKey: parsed.data.issue.key, toStatusId: parsed.data.transition.to.id });
}
