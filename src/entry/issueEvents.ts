import { JiraIssueEventPayload } from '../domain/jira/mirrorEvent';
import { recordIssueEvent } from '../app/jira/sync/issueEvents';
import { forgeServices } from './forgeServices';

/**
 * Trigger `avi:jira:{created,updated,deleted}:issue` (manifest `jira-issue-events`, ignoreSelf):
 * mirrors the issue into the store from the payload alone. Success returns nothing; a thrown
 * error (the store unreachable, a conflict that would not settle) makes Forge deliver it again.
 */
export async function handler(event: unknown): Promise<void> {
  const parsed = JiraIssueEventPayload.safeParse(event);
  if (!parsed.success) {
    // Delivering a malformed payload again cannot help; the reconciliation repairs what it missed.
    const where = parsed.error.issues[0];
    console.warn(`issue event ignored: ${where?.path.join('.') ?? 'payload'}: ${where?.message ?? 'invalid'}`);
    return;
  }
  const services = await forgeServices();
  await recordIssueEvent(services, parsed.data);
}
