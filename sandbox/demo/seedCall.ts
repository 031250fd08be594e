import type { SandboxPlatform } from '../site/sandboxPlatform';

type Answer = { ok: boolean; value?: unknown; error?: { message: string; field?: string } };

/**
 * Calls a resolver as the demo seed does: through the platform like the UI would, and stopping
 * the seed at the first refusal, naming the resolver and the field at fault.
 */
export async function seedCall(
  platform: SandboxPlatform,
  name: string,
  payload: unknown,
  accountId: string,
): Promise<unknown> {
  const answer = (await platform.invoke(name, payload, accountId)) as Answer;
  if (!answer.ok) {
    const field = answer.error?.field ? `${answer.error.field}: ` : '';
    throw new Error(`demo seed: ${name} failed: ${field}${answer.error?.message}`);
  }
  return answer.value;
}
