import { ConversionError, readAdfExtension } from './adfExtensionStorage';
import { FORGE_EXTENSION_TYPE } from './forgeMacros';
import { elementChildren, isWhitespace, parseStorage, type XmlElement, type XmlNode } from './storageXml';

/**
 * Storage → ADF, the inverse of adfToStorage.ts for the same node set. An element or attribute it
 * does not know throws ConversionError: the sandbox would rather refuse than drop content.
 */
type Node = Record<string, unknown> & { type: string };
type Mark = { type: string; attrs?: Record<string, unknown> };

const panelTypes: Record<string, string> = { info: 'info', tip: 'success', note: 'warning', warning: 'error' };
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const inlineMarks: Record<string, string> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  u: 'underline',
  s: 'strike',
  del: 'strike',
  code: 'code',
};
const blockNames = new Set(['p', 'ul', 'ol', 'table', 'hr', 'ac:structured-macro', 'ac:adf-extension', ...headings]);

export function storageToAdf(storage: string): { type: 'doc'; version: 1; content: Node[] } {
  return { type: 'doc', version: 1, content: blocks(parseStorage(storage), 'body') };
}

function describe(el: XmlElement): string {
  return el.name === 'ac:structured-macro'
    ? `<ac:structured-macro ac:name="${el.attrs['ac:name'] ?? ''}">`
    : `<${el.name}>`;
}

function attrsOf(
  el: XmlElement,
  allowed: Record<string, (value: string) => [string, unknown]>,
): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(el.attrs)) {
    const map = allowed[name];
    if (!map) throw new ConversionError(`attribute ${name} of ${describe(el)} has no ADF form in the sandbox`);
    const [key, converted] = map(value);
    attrs[key] = converted;
  }
  return attrs;
}

const localId = (value: string): [string, unknown] => ['localId', value];
const numeric =
  (key: string) =>
  (value: string): [string, unknown] => {
    if (!/^\d+$/.test(value)) throw new ConversionError(`${key}="${value}" is not a number`);
    return [key, Number(value)];
  };

function withAttrs(node: Node, attrs: Record<string, unknown>): Node {
  return Object.keys(attrs).length > 0 ? { ...node, attrs } : node;
}

/** Block content; runs of inline content between blocks become paragraphs, as Confluence does. */
function blocks(nodes: XmlNode[], where: string): Node[] {
  const result: Node[] = [];
  let run: XmlNode[] = [];
  const flush = () => {
    if (run.some((node) => !isWhitespace(node))) result.push({ type: 'paragraph', content: inlines(run, []) });
    run = [];
  };
  for (const node of nodes) {
    if (node.kind === 'element' && blockNames.has(node.name)) {
      flush();
      result.push(block(node));
    } else {
      run.push(node);
    }
  }
  flush();
  if (result.length === 0 && where !== 'body') return [{ type: 'paragraph' }];
  return result;
}

function block(el: XmlElement): Node {
  if (el.name === 'p') {
    const content = inlines(el.children, []);
    return withAttrs(
      { type: 'paragraph', ...(content.length ? { content } : {}) },
      attrsOf(el, { 'local-id': localId }),
    );
  }
  if (headings.has(el.name)) {
    const content = inlines(el.children, []);
    const attrs = { level: Number(el.name.slice(1)), ...attrsOf(el, { 'local-id': localId }) };
    return { type: 'heading', attrs, ...(content.length ? { content } : {}) };
  }
  if (el.name === 'ul' || el.name === 'ol') {
    const items = elementChildren(el, `<${el.name}>`).map((li) => {
      if (li.name !== 'li') throw new ConversionError(`<${li.name}> inside <${el.name}> has no ADF form`);
      return withAttrs({ type: 'listItem', content: blocks(li.children, 'li') }, attrsOf(li, { 'local-id': localId }));
    });
    const attrs = attrsOf(
      el,
      el.name === 'ol' ? { 'local-id': localId, start: numeric('order') } : { 'local-id': localId },
    );
    return withAttrs({ type: el.name === 'ul' ? 'bulletList' : 'orderedList', content: items }, attrs);
  }
  if (el.name === 'table') return table(el);
  if (el.name === 'hr') {
    if (el.children.length > 0) throw new ConversionError('<hr> must be empty');
    return withAttrs({ type: 'rule' }, attrsOf(el, { 'local-id': localId }));
  }
  if (el.name === 'ac:structured-macro') return structuredMacro(el);
  return adfExtension(el);
}

function table(el: XmlElement): Node {
  const rows: XmlElement[] = [];
  for (const child of elementChildren(el, '<table>')) {
    if (child.name === 'tbody' || child.name === 'thead') rows.push(...elementChildren(child, `<${child.name}>`));
    else if (child.name === 'tr') rows.push(child);
    else throw new ConversionError(`<${child.name}> inside <table> has no ADF form in the sandbox`);
  }
  const content = rows.map((tr) => {
    if (tr.name !== 'tr') throw new ConversionError(`<${tr.name}> where a <tr> belongs`);
    const cells = elementChildren(tr, '<tr>').map((cell) => {
      if (cell.name !== 'th' && cell.name !== 'td') throw new ConversionError(`<${cell.name}> inside <tr>`);
      const attrs = attrsOf(cell, { colspan: numeric('colspan'), rowspan: numeric('rowspan'), 'local-id': localId });
      return withAttrs(
        { type: cell.name === 'th' ? 'tableHeader' : 'tableCell', content: blocks(cell.children, 'cell') },
        attrs,
      );
    });
    return withAttrs({ type: 'tableRow', content: cells }, attrsOf(tr, { 'local-id': localId }));
  });
  const attrs = attrsOf(el, {
    'data-layout': (v) => ['layout', v],
    'data-number-column': (v) => ['isNumberColumnEnabled', v === 'true'],
    'data-table-width': (v) => ['width', Number(v)],
    'ac:local-id': localId,
  });
  return withAttrs({ type: 'table', content }, attrs);
}

function structuredMacro(el: XmlElement): Node {
  const name = el.attrs['ac:name'] ?? '';
  const panelType = panelTypes[name];
  if (!panelType) throw new ConversionError(`${describe(el)} has no ADF form in the sandbox`);
  const attrs: Record<string, unknown> = { panelType };
  for (const [key, value] of Object.entries(el.attrs)) {
    if (key === 'ac:local-id') attrs.localId = value;
    else if (!['ac:name', 'ac:schema-version', 'ac:macro-id'].includes(key)) {
      throw new ConversionError(`attribute ${key} of ${describe(el)} has no ADF form in the sandbox`);
    }
  }
  const children = elementChildren(el, describe(el));
  const body = children.find((child) => child.name === 'ac:rich-text-body');
  if (children.length !== (body ? 1 : 0)) {
    throw new ConversionError(`${describe(el)}: parameters have no ADF form in the sandbox (only the body converts)`);
  }
  return { type: 'panel', attrs, content: blocks(body?.children ?? [], 'panel') };
}

function adfExtension(el: XmlElement): Node {
  const { type, attributes, content } = readAdfExtension(el);
  if (type === 'panel' && attributes.panelType === 'note') {
    return { type: 'panel', attrs: attributes, content: blocks(content?.children ?? [], 'panel') };
  }
  if ((type === 'extension' || type === 'bodied-extension') && attributes.extensionType === FORGE_EXTENSION_TYPE) {
    if (type === 'extension') {
      if (content) throw new ConversionError('an extension node has no content; use bodied-extension');
      return { type: 'extension', attrs: attributes };
    }
    return { type: 'bodiedExtension', attrs: attributes, content: blocks(content?.children ?? [], 'extension') };
  }
  throw new ConversionError(`ac:adf-node type="${type}" has no ADF form in the sandbox`);
}

function inlines(nodes: XmlNode[], marks: Mark[]): Node[] {
  const result: Node[] = [];
  for (const node of nodes) {
    if (node.kind === 'text') {
      if (node.text !== '') result.push({ type: 'text', text: node.text, ...(marks.length ? { marks } : {}) });
      continue;
    }
    if (node.name === 'br') {
      if (node.children.length > 0 || Object.keys(node.attrs).length > 0)
        throw new ConversionError('<br> must be empty');
      result.push({ type: 'hardBreak' });
      continue;
    }
    const markType = inlineMarks[node.name];
    if (markType) {
      if (Object.keys(node.attrs).length > 0)
        throw new ConversionError(`attributes of <${node.name}> have no ADF form`);
      result.push(...inlines(node.children, [...marks, { type: markType }]));
    } else if (node.name === 'a') {
      const attrs = attrsOf(node, { href: (v) => ['href', v], title: (v) => ['title', v] });
      if (attrs.href === undefined) throw new ConversionError('<a> without href has no ADF form');
      result.push(...inlines(node.children, [...marks, { type: 'link', attrs }]));
    } else if (blockNames.has(node.name)) {
      throw new ConversionError(`${describe(node)} cannot appear inside inline content`);
    } else {
      throw new ConversionError(`${describe(node)} has no ADF form in the sandbox`);
    }
  }
  return result;
}
