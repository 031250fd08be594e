import { checkAdf } from '../../../sandbox/openapi/adf';
import { adfToStorage } from '../../../sandbox/confluence/adfToStorage';
import { storageToAdf } from '../../../sandbox/confluence/storageToAdf';
import { confluenceHarness, type Harness } from '../../../sandbox/confluence/testHarness';

// Page bodies: stored as written, converted on read to the other representation where that is
// lossless, and refused with a 400 naming the node where it is not.

const text = (value: string, ...marks: object[]) => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) });
const para = (...content: object[]) => ({ type: 'paragraph', content });
const cell = (type: 'tableHeader' | 'tableCell', value: string, attrs?: object) => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [para(text(value))],
});

/** Every node and mark a generated audit report uses. */
const reportDoc = {
  type: 'doc',
  version: 1,
  content: [
    { type: 'heading', attrs: { level: 1, localId: 'h-1' }, content: [text('Audit report A-2026-03')] },
    para(
      text('Scope: '),
      text('ISMS', { type: 'strong' }),
      text(' and '),
      text('Annex A', { type: 'em' }, { type: 'strong' }),
      text(' — see '),
      text('the plan', { type: 'link', attrs: { href: 'https://example.com/plan?a=1&b=<2>' } }),
      { type: 'hardBreak' },
      text('code', { type: 'code' }),
      text(' u', { type: 'underline' }),
      text(' s', { type: 'strike' }),
    ),
    { type: 'rule' },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [para(text('One'))] },
        {
          type: 'listItem',
          content: [
            para(text('Two')),
            {
              type: 'orderedList',
              attrs: { order: 3 },
              content: [{ type: 'listItem', content: [para(text('Nested'))] }],
            },
          ],
        },
      ],
    },
    {
      type: 'table',
      attrs: { layout: 'default', isNumberColumnEnabled: false, localId: 't-1' },
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Clause'), cell('tableHeader', 'Finding')] },
        {
          type: 'tableRow',
          content: [cell('tableCell', 'A.5.1'), cell('tableCell', 'Policy out of date', { colspan: 1 })],
        },
      ],
    },
    ...['info', 'note', 'success', 'warning', 'error'].map((panelType) => ({
      type: 'panel',
      attrs: { panelType },
      content: [para(text(`${panelType} panel`))],
    })),
    { type: 'paragraph' },
  ],
};

describe('converters', () => {
  it('round-trip a report document ADF → storage → ADF without change', () => {
    expect(checkAdf(reportDoc)).toEqual([]);
    const storage = adfToStorage(reportDoc);
    expect(storage).toContain('<h1 local-id="h-1">Audit report A-2026-03</h1>');
    expect(storage).toContain('<a href="https://example.com/plan?a=1&amp;b=&lt;2&gt;">the plan</a>');
    expect(storage).toContain('<em><strong>Annex A</strong></em>');
    expect(storage).toContain('<ol start="3">');
    expect(storage).toContain('<ac:structured-macro ac:name="tip" ac:schema-version="1">');
    expect(storage).toContain('<ac:adf-node type="panel"><ac:adf-attribute key="panel-type">note</ac:adf-attribute>');
    expect(storageToAdf(storage)).toEqual(reportDoc);
  });

  it('read storage as Confluence writes it: entities, inline runs, <b>/<i>, thead, whitespace between blocks', () => {
    const storage = `
      <h2>Findings&nbsp;&amp; actions</h2>
      <p>It&rsquo;s <b>bold</b> and <i>italic</i></p>
      <ul><li>bare item</li><li><p>wrapped</p></li></ul>
      <table><thead><tr><th>A</th></tr></thead><tbody><tr><td /></tr></tbody></table>
      loose text`;
    const doc = storageToAdf(storage);
    expect(checkAdf(doc)).toEqual([]);
    expect(doc.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('Findings\u00a0& actions')] },
      para(text('It\u2019s '), text('bold', { type: 'strong' }), text(' and '), text('italic', { type: 'em' })),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [para(text('bare item'))] },
          { type: 'listItem', content: [para(text('wrapped'))] },
        ],
      },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [{ type: 'tableHeader', content: [para(text('A'))] }] },
          { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] },
        ],
      },
      para(text('\n      loose text')),
    ]);
  });

  it('refuse what they cannot convert without loss, naming it', () => {
    const withStatus = {
      type: 'doc',
      version: 1,
      content: [para({ type: 'status', attrs: { text: 'OPEN', color: 'blue' } })],
    };
    expect(() => adfToStorage(withStatus)).toThrow(
      "/content/0/content/0: the sandbox cannot convert inline 'status' nodes",
    );
    const aligned = {
      type: 'doc',
      version: 1,
      content: [{ ...para(text('x')), marks: [{ type: 'alignment', attrs: { align: 'center' } }] }],
    };
    expect(() => adfToStorage(aligned)).toThrow("'marks' of 'paragraph' has no storage form");
    const custom = {
      type: 'doc',
      version: 1,
      content: [{ type: 'panel', attrs: { panelType: 'custom', panelColor: '#fff' }, content: [para(text('x'))] }],
    };
    expect(() => adfToStorage(custom)).toThrow(/attribute 'panelColor'/);
    const connect = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'extension', attrs: { extensionType: 'com.atlassian.confluence.macro.core', extensionKey: 'toc' } },
      ],
    };
    expect(() => adfToStorage(connect)).toThrow(/only Forge macros/);
    expect(() => storageToAdf('<ac:structured-macro ac:name="toc" />')).toThrow(
      '<ac:structured-macro ac:name="toc"> has no ADF form',
    );
    expect(() => storageToAdf('<p><span style="color: red">x</span></p>')).toThrow('<span> has no ADF form');
    expect(() => storageToAdf('<table><colgroup><col /></colgroup></table>')).toThrow('<colgroup> inside <table>');
    expect(() => storageToAdf('<p style="text-align: center">x</p>')).toThrow('attribute style of <p>');
  });
});

describe('storage parsing', () => {
  it('is strict XML, as Confluence is', () => {
    for (const [storage, message] of [
      ['<p>a<br></p>', 'unexpected close tag </p>'],
      ['<p>AT&T</p>', "bare '&'"],
      ['<p>&bogus;</p>', 'unknown entity &bogus;'],
      ['<p>open', 'element <p> is not closed'],
      ['<p class=x>y</p>', 'malformed attribute'],
      ['<!DOCTYPE html><p/>', 'declarations'],
    ]) {
      expect(() => storageToAdf(storage!)).toThrow(message);
    }
    expect(storageToAdf('<p>&#x41;&#66;<![CDATA[<c>]]><!-- dropped --></p>').content).toEqual([para(text('AB<c>'))]);
  });
});

describe('bodies through the API', () => {
  let h: Harness;
  let spaceId: string;

  beforeEach(() => {
    h = confluenceHarness();
    spaceId = h.emulator.createSpace({ key: 'ISMS', name: 'ISMS' }).id;
  });
  afterEach(() => h.close());

  async function createPage(title: string, representation: string, value: string): Promise<string> {
    const answer = await h.call('POST', '/pages', { spaceId, title, body: { representation, value } });
    expect(answer.status).toBe(200);
    return (answer.body as any).id;
  }
  const read = async (id: string, format: string, extra = '') =>
    h.call('GET', `/pages/${id}?body-format=${format}${extra}`);

  it('answers the stored representation as written and converts to the other on request', async () => {
    const id = await createPage('Report', 'atlas_doc_format', JSON.stringify(reportDoc));
    const asAdf = (await read(id, 'atlas_doc_format')).body as any;
    expect(JSON.parse(asAdf.body.atlas_doc_format.value)).toEqual(reportDoc);
    const asStorage = (await read(id, 'storage')).body as any;
    expect(asStorage.body.storage.value).toBe(adfToStorage(reportDoc));

    const copy = await createPage('Copy', 'storage', asStorage.body.storage.value);
    const copyAsAdf = (await read(copy, 'atlas_doc_format')).body as any;
    expect(JSON.parse(copyAsAdf.body.atlas_doc_format.value)).toEqual(reportDoc);
    const listed = (await h.call('GET', `/pages?space-id=${spaceId}&title=Copy&body-format=atlas_doc_format`))
      .body as any;
    expect(JSON.parse(listed.results[0].body.atlas_doc_format.value)).toEqual(reportDoc);
    expect(h.violations).toEqual([]);
  });

  it('keeps content it cannot convert: the written form reads back, the other answers 400 saying why', async () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [{ type: 'expand', attrs: { title: 'Details' }, content: [para(text('hidden'))] }],
    };
    const id = await createPage('Expand', 'atlas_doc_format', JSON.stringify(doc));
    expect(JSON.parse(((await read(id, 'atlas_doc_format')).body as any).body.atlas_doc_format.value)).toEqual(doc);
    const refused = await read(id, 'storage');
    expect(refused.status).toBe(400);
    expect((refused.body as any).errors[0].title).toBe(
      `Page ${id} version 1: Cannot convert the atlas_doc_format body to storage: /content/0: the sandbox cannot convert 'expand' nodes to storage format`,
    );

    const storageId = await createPage('TOC', 'storage', '<ac:structured-macro ac:name="toc" /><p>after</p>');
    expect(((await read(storageId, 'storage')).body as any).body.storage.value).toContain('ac:name="toc"');
    const toAdf = await read(storageId, 'atlas_doc_format');
    expect(toAdf.status).toBe(400);
    expect((toAdf.body as any).errors[0].title).toMatch(/Cannot convert the storage body to atlas_doc_format: .*toc/);
    expect(h.violations).toEqual([]);
  });

  it('converts each version on its own: an old version reads in either form', async () => {
    const id = await createPage('Versions', 'storage', '<p>first</p>');
    await h.call('PUT', `/pages/${id}`, {
      id,
      status: 'current',
      title: 'Versions',
      body: {
        representation: 'atlas_doc_format',
        value: JSON.stringify({ type: 'doc', version: 1, content: [para(text('second'))] }),
      },
      version: { number: 2 },
    });
    const v1 = (await read(id, 'atlas_doc_format', '&version=1')).body as any;
    expect(JSON.parse(v1.body.atlas_doc_format.value).content).toEqual([para(text('first'))]);
    const v2 = (await read(id, 'storage')).body as any;
    expect(v2.body.storage.value).toBe('<p>second</p>');
    expect(h.violations).toEqual([]);
  });
});
