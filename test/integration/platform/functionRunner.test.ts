import path from 'node:path';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { MAX_RETRIES } from '../../../sandbox/platform/queueEmulator';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

// A fixture app whose handlers use the real @forge/kvs, @forge/events and @forge/resolver: what
// runs here is those packages' own code, talking to the sandbox through __forge_fetch__.
const appRoot = path.resolve(__dirname, '../../fixtures/forge-app');

describe('the sandbox function runner, on a fixture app', () => {
  let clock: SandboxClock;
  let platform: SandboxPlatform;
  const call = (name: string, payload: unknown, user = 'user-1') =>
    platform.invoke(name, payload, user, 'fixture-page') as Promise<any>;

  beforeEach(() => {
    clock = new SandboxClock();
    clock.freeze(new Date('2026-11-24T09:00:00Z'));
    platform = new SandboxPlatform({ appRoot, clock });
  });
  afterEach(() => platform.close());

  it('runs resolvers with the caller as principal, and KVS keeps what they store', async () => {
    expect(await call('remember', { id: 'a', text: 'hello' }, 'alice')).toEqual({ saved: true });
    await call('remember', { id: 'b', text: 'world' }, 'bob');
    expect(await call('recall', { id: 'a' })).toEqual({ note: { by: 'alice', text: 'hello' } });
    expect(await call('recall', { id: 'zzz' })).toEqual({ note: null });
    expect((await call('list', {})).map((r: { key: string }) => r.key)).toEqual(['note:a', 'note:b']);
  });

  it('delivers queued events to the consumer, honours delays, and reports job stats', async () => {
    const { jobId } = await call('enqueue', {
      events: [{ body: { id: 'now', mode: 'ok' } }, { body: { id: 'later', mode: 'ok' }, delayInSeconds: 120 }],
    });
    expect(await call('stats', { jobId })).toEqual({ success: 0, inProgress: 2, failed: 0 });
    expect(await platform.queues.drain()).toBe(1);
    expect(await platform.kvs.handle('/api/v1/get', { key: 'delivery:later' }).status).toBe(404);
    clock.advance(121_000);
    await platform.queues.drain();
    expect(await call('stats', { jobId })).toEqual({ success: 2, inProgress: 0, failed: 0 });
  });

  it('retries on InvocationError after retryAfter, with retryContext, and re-runs a consumer that crashed', async () => {
    const { jobId } = await call('enqueue', {
      events: [{ body: { id: 'r', mode: 'retry-once' } }, { body: { id: 'c', mode: 'crash-once' } }],
    });
    await platform.queues.drain();
    expect((platform.kvs.handle('/api/v1/get', { key: 'delivery:c' }).body as { value: number[] }).value).toEqual([0]);
    clock.advance(1_000);
    await platform.queues.drain();
    // The crashed run is re-delivered after a second; the retry-once event waits its 30 s.
    expect((platform.kvs.handle('/api/v1/get', { key: 'delivery:c' }).body as { value: number[] }).value).toEqual([
      0, 1,
    ]);
    expect((platform.kvs.handle('/api/v1/get', { key: 'delivery:r' }).body as { value: number[] }).value).toEqual([0]);
    clock.advance(30_000);
    await platform.queues.drain();
    expect((platform.kvs.handle('/api/v1/get', { key: 'delivery:r' }).body as { value: number[] }).value).toEqual([
      0, 1,
    ]);
    expect(await call('stats', { jobId })).toEqual({ success: 2, inProgress: 0, failed: 0 });
  });

  it(`gives up on an event after ${MAX_RETRIES} retries and counts it failed`, async () => {
    const { jobId } = await call('enqueue', { events: [{ body: { id: 'x', mode: 'always-crash' } }] });
    for (let i = 0; i <= MAX_RETRIES + 1; i += 1) {
      await platform.queues.drain();
      clock.advance(5_000);
    }
    expect((platform.kvs.handle('/api/v1/get', { key: 'delivery:x' }).body as { value: number[] }).value).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(await call('stats', { jobId })).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  it('fires scheduled triggers as the sandbox clock passes their interval', async () => {
    expect((await platform.tick()).scheduled).toEqual([]);
    clock.advance(60 * 60_000);
    expect((await platform.tick()).scheduled).toEqual(['hourly']);
    clock.advance(3 * 60 * 60_000);
    expect((await platform.tick()).scheduled).toEqual(['hourly', 'hourly', 'hourly']);
    expect((platform.kvs.handle('/api/v1/get', { key: 'hourly-runs' }).body as { value: number }).value).toBe(4);
  });
});
