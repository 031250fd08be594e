import { findForgeMacros, forgeMacroNode } from '../../../sandbox/confluence/forgeMacros';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { saveMacroConfig, withMacroConfig } from '../../../sandbox/server/macroEditor';

const reader = demoUsers.find((u) => !u.siteAdmin)!.accountId;
const editor = demoUsers.filter((u) => !u.siteAdmin)[1]!.accountId;

describe('the sandbox macro editor (a macro’s settings saved into its page)', () => {
  let platform: SandboxPlatform;
  let pageId: string;

  const readPage = async () => {
    const answer = await platform.requestProduct(
      'confluence',
      'GET',
      `/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`,
      undefined,
      undefined,
      'app',
    );
    const page = answer.body as { version: { number: number }; body: { atlas_doc_format: { value: string } } };
    return { version: page.version.number, macros: findForgeMacros(JSON.parse(page.body.atlas_doc_format.value)) };
  };

  beforeEach(async () => {
    platform = new SandboxPlatform({ sqliteFile: ':memory:' });
    const { id: spaceId } = platform.confluence.createSpace({
      key: 'ISMS',
      name: 'ISMS',
      permissions: { [reader]: ['read'], [editor]: ['read', 'write'] },
    });
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        forgeMacroNode('review-finding-register', { limit: '10' }, { localId: 'register' }),
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [forgeMacroNode('review-ca-ageing', {}, { localId: 'ageing' })] },
              ],
            },
          ],
        },
      ],
    };
    const created = await platform.requestProduct(
      'confluence',
      'POST',
      '/wiki/api/v2/pages',
      {
        spaceId,
        status: 'current',
        title: 'Review',
        body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
      },
      undefined,
      'app',
    );
    pageId = (created.body as { id: string }).id;
  });
  afterEach(() => platform.close());

  it('writes the config into the macro’s guestParams as the next page version, leaving other macros alone', async () => {
    const saved = await saveMacroConfig(platform, editor, {
      pageId,
      localId: 'ageing',
      config: { buckets: '10,20', grade: 'majorNC' },
    });
    expect(saved).toEqual({ status: 200, body: { pageId, version: 2 } });
    const page = await readPage();
    expect(page.version).toBe(2);
    expect(page.macros.map((m) => [m.localId, m.config])).toEqual([
      ['register', { limit: '10' }],
      ['ageing', { buckets: '10,20', grade: 'majorNC' }],
    ]);
  });

  it('removes guestParams when every setting is cleared', async () => {
    await saveMacroConfig(platform, editor, { pageId, localId: 'register', config: {} });
    expect((await readPage()).macros[0]!.config).toEqual({});
  });

  it.each([
    ['a nested object', { pageId: '1', localId: 'register', config: { period: { from: '2026-01-01' } } }],
    ['null', { pageId: '1', localId: 'register', config: { limit: null } }],
    ['a nested array', { pageId: '1', localId: 'register', config: { tiles: [['coverage']] } }],
    ['an unknown key', { pageId: '1', localId: 'register', config: {}, extra: true }],
  ])('refuses %s and changes nothing', async (_what, body) => {
    const saved = await saveMacroConfig(platform, editor, { ...body, pageId });
    expect(saved.status).toBe(400);
    expect((await readPage()).version).toBe(1);
  });

  it('answers 404 for a macro the page does not have, and changes nothing', async () => {
    expect((await saveMacroConfig(platform, editor, { pageId, localId: 'nope', config: {} })).status).toBe(404);
    expect((await readPage()).version).toBe(1);
  });

  it('saves as the signed-in user: one who may only read the space cannot change the page', async () => {
    const saved = await saveMacroConfig(platform, reader, { pageId, localId: 'register', config: { limit: '5' } });
    expect(saved.status).toBe(404);
    expect((await readPage()).macros[0]!.config).toEqual({ limit: '10' });
  });

  it('finds a macro by its localId wherever it sits, and says when it is absent', () => {
    const doc = { type: 'doc', content: [forgeMacroNode('review-kpi-tiles', { from: 'x' }, { localId: 'k' })] };
    expect(withMacroConfig(doc, 'other', {})).toBeNull();
    expect(findForgeMacros(withMacroConfig(doc, 'k', { to: 'y' }))[0]!.config).toEqual({ to: 'y' });
  });
});
