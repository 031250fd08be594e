import type { SandboxPlatform } from '../site/sandboxPlatform';

type Answer = { ok: boolean; value?: unknown; error?: { code?: string; message: string; field?: string } };

/**
 * A fresh install sets up its storage within Forge SQL's 25 schema changes a minute, answering
 * `unavailable` ("try again in a minute") meanwhile: the seed waits as a person would, a few times.
 */
const STORAGE_SETUP_WAIT_MS = 60_000;
const STORAGE_SETUP_WAITS = 5;

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
  let answer = (await platform.invoke(name, payload, accountId)) as Answer;
  for (let wait = 1; !answer.ok && answer.error?.code === 'unavailable' && wait <= STORAGE_SETUP_WAITS; wait += 1) {
    console.log(`demo seed: ${answer.error.message} Waiting a minute (${wait} of ${STORAGE_SETUP_WAITS}).`);
    await new Promise((resolve) => setTimeout(resolve, STORAGE_SETUP_WAIT_MS));
    answer = (await platform.invoke(name, payload, accountId)) as Answer;
  }
  if (!answer.ok) {
    const field = answer.error?.field ? `${answer.error.field}: ` : '';
    throw new Error(`demo seed: ${name} failed: ${field}${answer.error?.message}`);
  }
  return answer.value;
}
