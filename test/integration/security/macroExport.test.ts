import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { forgeMacroNode } from '../../../sandbox/confluence/forgeMacros';
import { demoUsers } from '../../../sandbox/site/users';
import { checkAdf } from '../../../sandbox/openapi/adf';
import type { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { exportPage } from '../../../sandbox/server/confluencePages';
import { createSandboxServer } from '../../../sandbox/server/index';
import type { AppServices } from '../../../src/app/services';
import type { AppRole } from '../../../src/domain/access/appRole';
import { macroExportFunctionKeys, macroModuleKeys, type MacroKind } from '../../../src/domain/review/macroKinds';
import { appServices, browseOnly, invoke, lead, manager, raisingPlatform, seedAudit } from '../jira/raisingFixture';

/**
 * Issue 14, holes 1 and 8: a review macro's PDF/Word export prints figures only for a caller the
 * `getMacroData` resolver would answer, and a macro config is bounded (kind, keys, sizes, depth)
 * before anything reads it, at the resolver and in the export alike. Everything runs through the
 * app's real handlers on the sandbox platform, as Confluence and a Custom UI call them.
 */
jest.setTimeout(120_000);

const viewer = demoUsers.find((u) => u.displayName === 'Grace Okafor')!.accountId;
/** A signed-in user of the site the app gave no role. */
const outsider = demoUsers.find((u) => ![manager, lead, browseOnly, viewer].includes(u.accountId))!.accountId;

const period = { from: '2026-01-01', to: '2026-12-31' };

let platform: SandboxPlatform;
let services: AppServices;

async function grant(accountId: string, roles: AppRole[]): Promise<void> {
  await services.store.apply({
    entity: 'userRoles',
    id: accountId,
    before: await services.store.get('userRoles', accountId),
    after: { accountId, roles },
    actor: manager,
    at: new Date(),
  });
}

type Doc = { type: string; version: number; content: unknown[] };

/** Confluence's export of one macro instance, as the user exporting the page (or nobody). */
const exportAs = (kind: MacroKind, config: unknown, accountId: string | undefined) =>
  platform.runAdfExport(
    macroExportFunctionKeys[kind],
    { exportType: 'pdf', context: { content: { id: '4242', type: 'page' } }, extension: { config } },
    accountId,
  ) as Promise<Doc>;

/** `{"from":{"from":…}}` nested `depth` times, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { end: true };
  for (let i = 0; i < depth; i += 1) value = { from: value };
  return value;
}

/** The app's macro snapshots in the platform's KVS. */
function snapshotKeys(): string[] {
  const answer = platform.kvs.handle('/api/v1/query', {
    where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['review-macro:'] }],
    limit: 100,
  });
  return ((answer.body as { data: Array<{ key: string }> }).data ?? []).map((entry) => entry.key);
}

beforeEach(async () => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.resetModules();
  platform = raisingPlatform();
  services = await appServices();
  await seedAudit(services, 3, { settings: null });
  await grant(viewer, ['viewer']);
});
afterEach(async () => {
  expect(platform.violations).toEqual([]);
  jest.restoreAllMocks();
  await platform.close();
});

describe('a review macro’s PDF/Word export checks who is exporting', () => {
  it('[P11.10d] [A11.12] prints "figures withheld: no access" to a user with no app role, not the finding register', async () => {
    const printed = await exportAs('findingRegister', period, outsider);
    expect(checkAdf(printed)).toEqual([]);
    const text = JSON.stringify(printed);
    expect(text).toContain('Figures withheld: no access');
    expect(text).not.toContain('IT operations audit');
    expect(text).not.toContain('matching the filters');
    // The same export by a viewer prints the register.
    const shown = JSON.stringify(await exportAs('findingRegister', period, viewer));
    expect(shown).toContain('IT operations audit');
    expect(shown).not.toContain('withheld');
  });

  it('[P11.10d] [A11.12] prints no figures when the export names no account', async () => {
    const printed = await exportAs('kpiTiles', {}, undefined);
    expect(checkAdf(printed)).toEqual([]);
    expect(JSON.stringify(printed)).toContain('Figures withheld: no access');
    expect(JSON.stringify(printed)).not.toContain('table');
  });

  it('[P11.10d] [A11.12] [P11.10g] follows the getMacroData rule: figures exactly for the callers the resolver answers', async () => {
    for (const who of [manager, lead, viewer, outsider, undefined]) {
      const answer = (await platform.invoke('getMacroData', { macro: 'findingRegister', config: period }, who)) as {
        ok: boolean;
      };
      const printed = JSON.stringify(await exportAs('findingRegister', period, who));
      expect([who, printed.includes('withheld')]).toEqual([who, !answer.ok]);
      expect([who, printed.includes('IT operations audit')]).toEqual([who, answer.ok]);
    }
  });

  it('[P11.10d] [A11.12] a page a user with no app role exports prints neither the register nor a review input', async () => {
    const { id: spaceId } = platform.confluence.createSpace({ key: 'OWN', name: 'My own space' });
    const body = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'My page.' }] },
        forgeMacroNode(macroModuleKeys.findingRegister, period, { localId: 'm-register' }),
        forgeMacroNode(macroModuleKeys.performance, period, { localId: 'm-performance' }),
      ],
    };
    const created = await platform.requestProduct(
      'confluence',
      'POST',
      '/wiki/api/v2/pages',
      {
        spaceId,
        status: 'current',
        title: 'Mine',
        body: { representation: 'atlas_doc_format', value: JSON.stringify(body) },
      },
      undefined,
      'app',
    );
    const pageId = (created.body as { id: string }).id;

    const theirs = await exportPage(platform, pageId, 'pdf', outsider);
    const text = JSON.stringify(theirs.doc);
    expect(text).toContain('My page.');
    expect(text.match(/Figures withheld: no access/g)).toHaveLength(2);
    expect(text).not.toContain('IT operations audit');
    expect(checkAdf(theirs.doc)).toEqual([]);

    const managers = JSON.stringify((await exportPage(platform, pageId, 'pdf', manager)).doc);
    expect(managers).not.toContain('withheld');
    expect(managers).toContain('IT operations audit');
  });
});

describe('a review macro’s config is bounded before anything reads it', () => {
  let server: http.Server;
  let url: string;
  beforeEach(async () => {
    server = createSandboxServer(platform);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (resolver: string, body: string, user = viewer) =>
    fetch(`${url}/sandbox/invoke/${resolver}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-user': user },
      body,
    });

  it('[P11.10g] [A11.12] a 10,000-deep config through the resolver path is invalid_input naming the field, not a 500', async () => {
    const depth = 10_000;
    const deep = `${'{"from":'.repeat(depth)}1${'}'.repeat(depth)}`;
    for (const resolver of ['getMacroData', 'checkMacroConfig']) {
      const answer = await post(resolver, `{"macro":"findingRegister","config":${deep}}`);
      expect([resolver, answer.status]).toEqual([resolver, 400]);
      expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'config.from' } });
    }
    // Under a setting the macro does not have, it is refused by its name.
    const unknown = await post('getMacroData', `{"macro":"kpiTiles","config":{"colour":${deep}}}`);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      error: { code: 'invalid_input', field: 'config', message: expect.stringContaining('"colour"') },
    });
    expect(snapshotKeys()).toEqual([]);
  });

  it('[P11.10g] refuses a setting the macro does not have, an overlong text and an overlong list, naming each', async () => {
    const refused = async (macro: MacroKind, config: unknown) => {
      const answer = await invoke(platform, 'getMacroData', { macro, config }, viewer);
      expect(answer.ok).toBe(false);
      return answer.ok ? null : answer.error;
    };
    expect(await refused('findingRegister', { auditId: 'a'.repeat(100_000) })).toMatchObject({
      code: 'invalid_input',
      field: 'config.auditId',
    });
    expect(await refused('kpiTiles', { tiles: Array.from({ length: 10_000 }, () => 'coverage') })).toMatchObject({
      code: 'invalid_input',
      field: 'config.tiles',
    });
    expect(await refused('caAgeing', { buckets: '30', colour: 'red' })).toMatchObject({
      code: 'invalid_input',
      field: 'config',
      message: 'This macro has no setting "colour"',
    });
    expect(await refused('programmeSchedule', { cycleStart: { $gt: '' } })).toMatchObject({
      code: 'invalid_input',
      field: 'config.cycleStart',
    });
    // A config that fits but says something impossible still shows why on the page (unchanged).
    const answer = await invoke(platform, 'getMacroData', { macro: 'caAgeing', config: { buckets: '0,10' } }, viewer);
    expect(answer).toMatchObject({ ok: true, value: { status: 'unavailable', problems: [{ field: 'buckets' }] } });
  });

  it('[P11.10g] twenty junk configs leave no snapshot; a valid one leaves one that carries its write time and expires', async () => {
    for (let i = 0; i < 20; i += 1) {
      const answer = await invoke(
        platform,
        'getMacroData',
        { macro: 'kpiTiles', config: { [`junk${i}`]: 'x'.repeat(900) } },
        viewer,
      );
      expect(answer.ok).toBe(false);
    }
    // Valid in shape, impossible in content: no figures, so nothing to keep either.
    await invoke(platform, 'getMacroData', { macro: 'caAgeing', config: { buckets: '0,10' } }, viewer);
    expect(snapshotKeys()).toEqual([]);

    const shown = await invoke(platform, 'getMacroData', { macro: 'kpiTiles', config: period }, viewer);
    expect(shown).toMatchObject({ ok: true, value: { status: 'ready' } });
    // The same settings written differently (a blank setting is no setting) are the same snapshot.
    await invoke(platform, 'getMacroData', { macro: 'kpiTiles', config: { ...period, tiles: '' } }, viewer);
    const keys = snapshotKeys();
    expect(keys).toHaveLength(1);
    const kept = platform.kvs.handle('/api/v1/get', { key: keys[0] }).body as { value: { writtenAt?: unknown } };
    expect(typeof kept.value.writtenAt).toBe('string');
    // KVS drops it by itself once it is too old to be served.
    platform.clock.advance(24 * 3_600_000);
    expect(snapshotKeys()).toEqual([]);
  });

  it('[P11.10g] [A11.12] a 10,000-deep or junk config in the export prints a plain sentence naming the setting, never a stack trace', async () => {
    const deep = await exportAs('findingRegister', nested(10_000), manager);
    expect(checkAdf(deep)).toEqual([]);
    const text = JSON.stringify(deep);
    expect(text).toContain('The settings of this Finding register macro are not valid');
    expect(text).toMatch(/from: /);
    expect(text).not.toMatch(/RangeError|stack|at Object\./);

    for (const config of [{ colour: 'red' }, 'not a config', [1, 2], { tiles: ['coverage', { nested: [] }] }]) {
      const printed = await exportAs('kpiTiles', config, manager);
      expect(checkAdf(printed)).toEqual([]);
      expect(JSON.stringify(printed)).toContain('The settings of this ISMS audit KPIs macro are not valid');
    }
    expect(snapshotKeys()).toEqual([]);
  });
});
