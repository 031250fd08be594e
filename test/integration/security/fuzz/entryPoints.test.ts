import fc from 'fast-check';
import type { AppServices } from '../../../../src/app/services';
import { macroExportFunctionKeys, type MacroKind } from '../../../../src/domain/review/macroKinds';
import { demoUsers } from '../../../../sandbox/site/users';
import { runAs } from '../../../../sandbox/platform/invocation';
import type { SandboxPlatform } from '../../../../sandbox/site/sandboxPlatform';
import { fuzzSeed } from '../../../support/fuzz/fuzzEngine';
import { deeplyNested, hostileStrings, protoKeyed } from '../../../support/fuzz/hostile';
import { appServices, browseOnly, lead, manager, raisingPlatform, seedAudit } from '../../jira/raisingFixture';

/**
 * The entry points that are not resolvers, fed hostile payloads through the app's real handlers on
 * the sandbox platform: every review macro's adfExport, the raise-issues consumer, the issue-event
 * trigger, the scheduled triggers and the verification gate. None may throw on a payload it
 * cannot read (a thrown error is a retry storm or a 500), none may write on one, and an export
 * prints figures only for a caller with an app role.
 */
jest.setTimeout(600_000);

const RUNS = Number(process.env.FUZZ_ENTRY_RUNS ?? 60);
const outsider = demoUsers.find((u) => ![manager, lead, browseOnly].includes(u.accountId) && !u.siteAdmin)!.accountId;
/** The seeded area's name: an export that prints it printed figures from the store. */
const findingText = 'IT operations';

let platform: SandboxPlatform;
let services: AppServices;

beforeAll(async () => {
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
  await seedAudit(services, 3);
});
afterAll(() => platform?.close());

/** Everything a hostile payload must leave as it was. */
async function state() {
  const platformRows = platform.platformDb
    .prepare(
      `SELECT (SELECT group_concat(key, '|') FROM forge_kvs) AS kvs, (SELECT count(*) FROM forge_queue_event) AS queued,
              (SELECT count(*) || ':' || coalesce(sum(length(doc)), 0) FROM jira_issues) AS issues`,
    )
    .get();
  return { head: await runAs(undefined, () => services.trail.headSeq()), platform: platformRows };
}

const anything = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(...hostileStrings),
  fc.constantFrom<unknown>(null, undefined, 0, [], {}, deeplyNested(3_000), protoKeyed({ polluted: true })),
);
const seeded = (name: string) => ({ seed: fuzzSeed() + name.length * 7919, numRuns: RUNS });

async function settle(work: () => Promise<unknown>): Promise<{ threw: string | null; value: unknown }> {
  try {
    return { threw: null, value: await work() };
  } catch (error) {
    return { threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error), value: undefined };
  }
}

describe('adfExport of every review macro, with hostile payloads and callers', () => {
  const kinds = Object.keys(macroExportFunctionKeys) as MacroKind[];
  const payloads = fc.oneof(
    anything,
    fc.record({
      exportType: fc.oneof(fc.constantFrom('pdf', 'word', 'other'), fc.constantFrom(...hostileStrings)),
      context: fc.oneof(anything, fc.record({ content: fc.record({ id: fc.oneof(fc.string(), fc.nat()) }) })),
      extension: fc.oneof(anything, fc.record({ config: anything })),
    }),
  );

  const validExport = {
    exportType: 'pdf',
    context: { content: { id: '4242', type: 'page' } },
    extension: { config: {} },
  };

  it('[P11.10d] the finding register prints the register for a programme manager (the control for the cases below)', async () => {
    const doc = await platform.runAdfExport(macroExportFunctionKeys.findingRegister, validExport, manager);
    expect(JSON.stringify(doc)).toContain(findingText);
  });

  it.each([
    ['a signed-in user with no app role', outsider],
    ['no user at all', undefined],
  ])('[P11.10d] [A11.12] the finding register prints no figures for %s', async (_who, caller) => {
    const doc = await platform.runAdfExport(macroExportFunctionKeys.findingRegister, validExport, caller);
    expect(doc).toMatchObject({ type: 'doc', version: 1 });
    expect(JSON.stringify(doc)).not.toContain(findingText);
  });

  it.each(kinds)(
    '[P11.10a] [P11.10d] %s: always a document, never an error, and no figures without an app role',
    async (kind) => {
      const problems: string[] = [];
      for (const payload of fc.sample(payloads, seeded(kind))) {
        for (const caller of [manager, outsider, undefined]) {
          const before = await state();
          const { threw, value } = await settle(() =>
            platform.runAdfExport(macroExportFunctionKeys[kind], payload, caller),
          );
          const doc = value as { type?: string; version?: number; content?: unknown } | undefined;
          if (threw) problems.push(`threw ${threw}`);
          else if (doc?.type !== 'doc' || doc.version !== 1 || !Array.isArray(doc.content))
            problems.push(`answered ${JSON.stringify(value)?.slice(0, 120)}`);
          if (caller !== manager) {
            if (JSON.stringify(value ?? null).includes(findingText))
              problems.push(`printed findings for ${caller ?? 'nobody'}`);
            expect(await state()).toEqual(before);
          } else {
            expect((await state()).head).toBe(before.head);
          }
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    },
  );
});

describe('the raise-issues consumer, with hostile events', () => {
  it('[P11.10a] drops what it cannot read without throwing or writing', async () => {
    const events = fc.oneof(
      anything,
      fc.record({ body: anything }),
      fc.record({
        body: fc.record({
          jobId: fc.oneof(fc.constantFrom(...hostileStrings), fc.constant('job_missing')),
          trackedIds: fc.oneof(fc.array(fc.string(), { maxLength: 60 }), anything),
          retry: fc.oneof(fc.integer(), anything),
        }),
      }),
    );
    const problems: string[] = [];
    for (const event of fc.sample(events, seeded('consumer'))) {
      const before = await state();
      const { threw } = await settle(() => runAs(undefined, () => platform.runner.runConsumer('raise-issues', event)));
      if (threw) problems.push(`threw ${threw} on ${JSON.stringify(event)?.slice(0, 160)}`);
      const after = await state();
      if (JSON.stringify(after) !== JSON.stringify(before))
        problems.push(`changed state on ${JSON.stringify(event)?.slice(0, 160)}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('the issue-event trigger, with hostile events', () => {
  it('[P11.10a] ignores what it cannot read, and an event for an issue it does not track changes nothing', async () => {
    const events = fc.oneof(
      anything,
      fc.record({
        eventType: fc.constantFrom('avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue'),
        atlassianId: fc.oneof(fc.constant(outsider), fc.constantFrom(...hostileStrings)),
        issue: fc.oneof(
          anything,
          fc.record({
            id: fc.oneof(fc.nat().map(String), fc.constantFrom(...hostileStrings)),
            key: fc.oneof(fc.constantFrom('XSS-1', 'NC-99999', "NC-1' OR 1=1"), fc.constantFrom(...hostileStrings)),
            fields: anything,
          }),
        ),
      }),
    );
    const problems: string[] = [];
    for (const event of fc.sample(events, seeded('issue-events'))) {
      const before = await state();
      const { threw } = await settle(() =>
        runAs(undefined, () => platform.runner.runTrigger('issue-events', event, outsider)),
      );
      if (threw) problems.push(`threw ${threw}`);
      if (JSON.stringify(await state()) !== JSON.stringify(before))
        problems.push(`changed state on ${JSON.stringify(event)?.slice(0, 160)}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('the scheduled triggers, called with whatever arrives', () => {
  it.each([
    ['trail-repair', 'trail-repair-sweep'],
    ['jira-reconciliation', 'jira-reconciliation-sweep'],
    ['overdue-sweep', 'overdue-actions-sweep'],
    ['trail-reverify', 'trail-full-verification-weekly'],
  ])('[P11.10a] %s answers 204 to a scheduler call and to a hostile one alike', async (fn) => {
    const problems: string[] = [];
    for (const event of [undefined, null, 'x', { context: protoKeyed({}) }, deeplyNested(2_000)]) {
      const { threw, value } = await settle(() =>
        runAs(undefined, () => Promise.resolve(platform.runner.handler(fn)(event, {}))),
      );
      if (threw) problems.push(`threw ${threw}`);
      else if ((value as { statusCode?: number })?.statusCode !== 204)
        problems.push(`answered ${JSON.stringify(value)}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('the verification gate, with hostile transitions', () => {
  it('[P11.10a] [P11.10f] refuses every transition it cannot read, answers every other with a verdict, never throws', async () => {
    const inputs = fc.oneof(
      anything,
      fc.record({
        issue: fc.oneof(
          anything,
          fc.record({ key: fc.oneof(fc.constantFrom(...hostileStrings), fc.constant('CA-1')) }),
        ),
        transition: fc.oneof(
          anything,
          fc.record({ to: fc.record({ id: fc.oneof(fc.string(), fc.constant('10002')) }) }),
        ),
      }),
    );
    const problems: string[] = [];
    for (const input of fc.sample(inputs, seeded('verification-gate'))) {
      const before = await state();
      const { threw, value } = await settle(() =>
        runAs(undefined, () => platform.runner.runValidator('verification-gate', input)),
      );
      const verdict = value as { result?: unknown; errorMessage?: unknown } | undefined;
      // What Jira always sends: an issue key and a target status id. Anything else must be refused;
      // a well-formed transition of an issue the app does not track is Jira's to allow.
      const shaped = input as { issue?: { key?: unknown }; transition?: { to?: { id?: unknown } } } | null;
      const readable =
        typeof shaped?.issue?.key === 'string' &&
        shaped.issue.key.length > 0 &&
        typeof shaped.transition?.to?.id === 'string' &&
        shaped.transition.to.id.length > 0;
      if (threw) problems.push(`threw ${threw}`);
      else if (typeof verdict?.result !== 'boolean') problems.push(`answered ${JSON.stringify(value)}`);
      else if (!readable && (verdict.result !== false || typeof verdict.errorMessage !== 'string'))
        problems.push(`answered ${JSON.stringify(value)} to ${JSON.stringify(input)?.slice(0, 160)}`);
      // A refusal may be kept in the trail (refusedTransition); nothing else may change.
      const after = await state();
      if (JSON.stringify(after.platform) !== JSON.stringify(before.platform))
        problems.push('changed KVS, queue or Jira');
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
