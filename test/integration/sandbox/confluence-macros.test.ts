import { checkAdf } from '../../../sandbox/openapi/adf';
import { findForgeMacros, forgeMacroNode, replaceForgeMacros } from '../../../sandbox/confluence/forgeMacros';
import { SANDBOX_APP_ID, SANDBOX_ENVIRONMENT_ID } from '../../../sandbox/platform/functionRunner';
import { confluenceHarness, type Harness } from '../../../sandbox/confluence/testHarness';

// Forge macros in page bodies: build, find, replace (the PDF/Word export), and the round trip
// through a page written and read in both representations.

const text = (value: string) => ({ type: 'text', text: value });
const para = (value: string) => ({ type: 'paragraph', content: [text(value)] });

const kpiConfig = {
  programmeId: 'P-2026',
  tiles: ['open', 'overdue'],
  showTrend: true,
  limit: 5,
  ratio: 0.75,
  owner: { team: 'ISMS' },
};

function reportPage() {
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [text('Management review 2026')] },
      forgeMacroNode('kpi-tiles', kpiConfig, { localId: 'kpi-1', title: 'KPI tiles' }),
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              {
                type: 'tableCell',
                content: [forgeMacroNode('ca-ageing', { bucketDays: [30, 60, 90] }, { localId: 'ageing-1' })],
              },
              { type: 'tableCell', content: [para('Notes')] },
            ],
          },
        ],
      },
      forgeMacroNode('finding-register', {}, { localId: 'register-1', title: 'Finding register' }),
    ],
  };
}

describe('forgeMacroNode', () => {
  it('builds the extension node Confluence stores for a Forge macro, valid ADF', () => {
    const node = forgeMacroNode('kpi-tiles', { programmeId: 'P-2026' }, { localId: 'abc', title: 'KPI tiles' }) as any;
    const key = `${SANDBOX_APP_ID}/${SANDBOX_ENVIRONMENT_ID}/static/kpi-tiles`;
    expect(node).toEqual({
      type: 'extension',
      attrs: {
        layout: 'default',
        extensionType: 'com.atlassian.ecosystem',
        extensionKey: key,
        text: 'KPI tiles',
        parameters: {
          layout: 'extension',
          guestParams: { programmeId: 'P-2026' },
          forgeEnvironment: 'DEVELOPMENT',
          render: 'native',
          localId: 'abc',
          extensionId: `ari:cloud:ecosystem::extension/${key}`,
          extensionTitle: 'KPI tiles',
        },
        localId: 'abc',
      },
    });
    expect(checkAdf({ type: 'doc', version: 1, content: [node] })).toEqual([]);
    const other = forgeMacroNode('x', {}, { appId: 'ari:cloud:ecosystem::app/1234', environmentId: 'env' }) as any;
    expect(other.attrs.extensionKey).toBe('1234/env/static/x');
    expect(other.attrs.parameters.guestParams).toBeUndefined();
    expect(other.attrs.localId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('findForgeMacros', () => {
  it('finds every Forge macro in document order, wherever it sits, with its config', () => {
    const bodied = {
      type: 'bodiedExtension',
      attrs: {
        extensionType: 'com.atlassian.ecosystem',
        extensionKey: 'app/env/static/schedule',
        localId: 'b-1',
        parameters: { extensionTitle: 'Schedule', guestParams: { year: 2026 } },
      },
      content: [para('inside')],
    };
    const connect = {
      type: 'extension',
      attrs: { extensionType: 'com.atlassian.confluence.macro.core', extensionKey: 'toc' },
    };
    const doc = { ...reportPage(), content: [...reportPage().content, bodied, connect] };
    expect(findForgeMacros(doc)).toEqual([
      { localId: 'kpi-1', moduleKey: 'kpi-tiles', config: kpiConfig, title: 'KPI tiles' },
      { localId: 'ageing-1', moduleKey: 'ca-ageing', config: { bucketDays: [30, 60, 90] }, title: 'ca-ageing' },
      { localId: 'register-1', moduleKey: 'finding-register', config: {}, title: 'Finding register' },
      { localId: 'b-1', moduleKey: 'schedule', config: { year: 2026 }, title: 'Schedule' },
    ]);
    expect(findForgeMacros({ type: 'doc', version: 1, content: [] })).toEqual([]);
  });
});

describe('replaceForgeMacros', () => {
  it('puts each macro’s adfExport blocks in its place, leaving the input alone and the result valid', () => {
    const page = reportPage();
    const before = JSON.stringify(page);
    const exported = replaceForgeMacros(page, (m) =>
      m.moduleKey === 'ca-ageing' ? [] : [para(`${m.title}: ${JSON.stringify(m.config)}`), { type: 'rule' }],
    ) as any;
    expect(JSON.stringify(page)).toBe(before);
    expect(findForgeMacros(exported)).toEqual([]);
    expect(checkAdf(exported)).toEqual([]);
    expect(exported.content.map((n: any) => n.type)).toEqual([
      'heading',
      'paragraph',
      'rule',
      'table',
      'paragraph',
      'rule',
    ]);
    expect(exported.content[1].content[0].text).toBe(`KPI tiles: ${JSON.stringify(kpiConfig)}`);
    // A cell whose only macro exported nothing keeps an empty paragraph (cells may not be empty).
    expect(exported.content[3].content[0].content[0].content).toEqual([{ type: 'paragraph' }]);
  });
});

describe('macros through a page', () => {
  let h: Harness;
  let spaceId: string;

  beforeEach(() => {
    h = confluenceHarness();
    spaceId = h.emulator.createSpace({ key: 'ISMS', name: 'ISMS' }).id;
  });
  afterEach(() => h.close());

  async function write(title: string, representation: string, value: string): Promise<string> {
    const answer = await h.call('POST', '/pages', { spaceId, title, body: { representation, value } });
    expect(answer.status).toBe(200);
    return (answer.body as any).id;
  }
  async function read(id: string, format: 'storage' | 'atlas_doc_format'): Promise<string> {
    const answer = await h.call('GET', `/pages/${id}?body-format=${format}`);
    expect(answer.status).toBe(200);
    return (answer.body as any).body[format].value;
  }

  it('returns macro nodes intact, and keeps them through ADF → storage → ADF', async () => {
    const bodied = {
      type: 'bodiedExtension',
      attrs: {
        extensionType: 'com.atlassian.ecosystem',
        extensionKey: `${SANDBOX_APP_ID}/${SANDBOX_ENVIRONMENT_ID}/static/review-inputs`,
        localId: 'inputs-1',
        layout: 'default',
        parameters: { extensionTitle: 'Review inputs', guestParams: { clause: '9.3.2' } },
      },
      content: [para('Inputs per clause 9.3.2')],
    };
    const page = { ...reportPage(), content: [...reportPage().content, bodied] };
    const id = await write('Management review 2026', 'atlas_doc_format', JSON.stringify(page));
    expect(JSON.parse(await read(id, 'atlas_doc_format'))).toEqual(page);

    const storage = await read(id, 'storage');
    expect(storage).toContain('<ac:adf-extension><ac:adf-node type="extension">');
    expect(storage).toContain('<ac:adf-attribute key="extension-type">com.atlassian.ecosystem</ac:adf-attribute>');
    expect(storage).toContain(
      '<ac:adf-parameter key="tiles"><ac:adf-parameter-value>open</ac:adf-parameter-value><ac:adf-parameter-value>overdue</ac:adf-parameter-value></ac:adf-parameter>',
    );
    expect(storage).toContain('<ac:adf-parameter key="show-trend" type="boolean">true</ac:adf-parameter>');
    expect(storage).toContain('<ac:adf-parameter key="limit" type="integer">5</ac:adf-parameter>');
    expect(storage).toContain('<ac:adf-parameter key="ratio" type="number">0.75</ac:adf-parameter>');
    expect(storage).toContain('<ac:adf-fallback>');
    expect(storage).toContain('<ac:adf-node type="bodied-extension">');
    expect(storage).toContain('<ac:adf-content><p>Inputs per clause 9.3.2</p></ac:adf-content>');

    const copy = await write('Copy via storage', 'storage', storage);
    const back = JSON.parse(await read(copy, 'atlas_doc_format'));
    expect(back).toEqual(page);
    expect(findForgeMacros(back)).toEqual(findForgeMacros(page));
    expect(h.violations).toEqual([]);
  });

  it('exports a page: the macros replaced by their adfExport blocks make a page readable in both forms', async () => {
    const id = await write('Review', 'atlas_doc_format', JSON.stringify(reportPage()));
    const stored = JSON.parse(await read(id, 'atlas_doc_format'));
    const exported = replaceForgeMacros(stored, (m) => [
      { type: 'heading', attrs: { level: 2 }, content: [text(m.title ?? m.moduleKey)] },
      para(`config ${JSON.stringify(m.config)}`),
    ]);
    const exportId = await write('Review (export)', 'atlas_doc_format', JSON.stringify(exported));
    const storage = await read(exportId, 'storage');
    expect(storage).not.toContain('ac:adf-extension');
    expect(storage).toContain('<h2>KPI tiles</h2>');
    expect(JSON.parse(await read(await write('Export copy', 'storage', storage), 'atlas_doc_format'))).toEqual(
      exported,
    );
    expect(h.violations).toEqual([]);
  });

  it('reads a Forge macro in storage as Confluence writes it (pretty-printed, with a fallback) into ADF', async () => {
    const storage = `
      <p>Before</p>
      <ac:adf-extension>
        <ac:adf-node type="extension">
          <ac:adf-attribute key="extension-key">app-1/env-1/static/coverage-heatmap</ac:adf-attribute>
          <ac:adf-attribute key="extension-type">com.atlassian.ecosystem</ac:adf-attribute>
          <ac:adf-attribute key="parameters">
            <ac:adf-parameter key="local-id">heat-1</ac:adf-parameter>
            <ac:adf-parameter key="extension-title">Coverage heat-map</ac:adf-parameter>
            <ac:adf-parameter key="guest-params">
              <ac:adf-parameter key="clauses"><ac:adf-parameter-value /></ac:adf-parameter>
              <ac:adf-parameter key="year" type="integer">2026</ac:adf-parameter>
              <ac:adf-parameter key="title-text">Clauses &amp; controls</ac:adf-parameter>
            </ac:adf-parameter>
          </ac:adf-attribute>
          <ac:adf-attribute key="local-id">heat-1</ac:adf-attribute>
        </ac:adf-node>
        <ac:adf-fallback><p>Coverage heat-map</p></ac:adf-fallback>
      </ac:adf-extension>`;
    const id = await write('Heat-map', 'storage', storage);
    const doc = JSON.parse(await read(id, 'atlas_doc_format'));
    expect(doc.content[0]).toEqual(para('Before'));
    expect(findForgeMacros(doc)).toEqual([
      {
        localId: 'heat-1',
        moduleKey: 'coverage-heatmap',
        config: { clauses: [], year: 2026, titleText: 'Clauses & controls' },
        title: 'Coverage heat-map',
      },
    ]);
    expect(h.violations).toEqual([]);
  });

  it('refuses, with a 400 on read, a macro config the storage form cannot carry', async () => {
    const awkward = forgeMacroNode('kpi-tiles', { 'odd-key': 1 }, { localId: 'k' });
    const doc = { type: 'doc', version: 1, content: [awkward] };
    const id = await write('Awkward', 'atlas_doc_format', JSON.stringify(doc));
    expect(JSON.parse(await read(id, 'atlas_doc_format'))).toEqual(doc);
    const answer = await h.call('GET', `/pages/${id}?body-format=storage`);
    expect(answer.status).toBe(400);
    expect((answer.body as any).errors[0].title).toMatch(/the key 'odd-key' has no lossless storage form/);
    for (const config of [{ empty: {} }, { list: [''] }, { nested: [[1]] }, { nothing: null }]) {
      const node = forgeMacroNode('kpi-tiles', config, { localId: 'k' });
      const pageId = await write(
        `Awkward ${Object.keys(config)[0]}`,
        'atlas_doc_format',
        JSON.stringify({ type: 'doc', version: 1, content: [node] }),
      );
      expect((await h.call('GET', `/pages/${pageId}?body-format=storage`)).status).toBe(400);
    }
    expect(h.violations).toEqual([]);
  });
});
