import { adfNodeStorage, ConversionError } from './adfExtensionStorage';
import { FORGE_EXTENSION_TYPE } from './forgeMacros';
import { element, escapeText } from './storageXml';

/**
 * ADF → storage for the nodes generated report pages use: paragraph, heading, text (strong, em,
 * underline, strike, code, link), hardBreak, bullet and ordered lists, tables, rule, panels and
 * Forge macros (`com.atlassian.ecosystem` extensions). Anything else, or an attribute the storage
 * form would drop, throws ConversionError naming where it is: Confluence converts everything, the
 * sandbox only what it can convert without loss.
 */
interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  text?: string;
  version?: number;
}

/** ADF panel types with a storage macro of their own (the legacy macro names differ from the colours). */
const panelMacros: Record<string, string> = { info: 'info', success: 'tip', warning: 'note', error: 'warning' };

export function adfToStorage(doc: unknown): string {
  const root = doc as AdfNode;
  if (typeof root !== 'object' || root === null || root.type !== 'doc') {
    throw new ConversionError('/: not an ADF document');
  }
  return blocks(root.content ?? [], '');
}

function blocks(nodes: AdfNode[], at: string): string {
  return nodes.map((node, i) => block(node, `${at}/content/${i}`)).join('');
}

function allow(node: AdfNode, at: string, attrs: string[], members: string[] = ['content']): void {
  for (const member of Object.keys(node)) {
    if (member !== 'type' && member !== 'attrs' && !members.includes(member)) {
      throw new ConversionError(`${at}: '${member}' of '${node.type}' has no storage form in the sandbox`);
    }
  }
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined && !attrs.includes(key)) {
      throw new ConversionError(`${at}: attribute '${key}' of '${node.type}' has no storage form in the sandbox`);
    }
  }
}

const str = (value: unknown): string | undefined => (value === undefined ? undefined : String(value));

function block(node: AdfNode, at: string): string {
  const a = node.attrs ?? {};
  const localId = str(a.localId);
  switch (node.type) {
    case 'paragraph':
      allow(node, at, ['localId']);
      return element('p', { 'local-id': localId }, inlines(node.content ?? [], at));
    case 'heading':
      allow(node, at, ['level', 'localId']);
      return element(`h${Number(a.level)}`, { 'local-id': localId }, inlines(node.content ?? [], at));
    case 'bulletList':
      allow(node, at, ['localId']);
      return element('ul', { 'local-id': localId }, blocks(node.content ?? [], at));
    case 'orderedList':
      allow(node, at, ['order', 'localId']);
      return element('ol', { start: str(a.order), 'local-id': localId }, blocks(node.content ?? [], at));
    case 'listItem':
      allow(node, at, ['localId']);
      return element('li', { 'local-id': localId }, blocks(node.content ?? [], at));
    case 'table':
      allow(node, at, ['layout', 'isNumberColumnEnabled', 'width', 'localId']);
      return element(
        'table',
        {
          'data-layout': str(a.layout),
          'data-number-column': str(a.isNumberColumnEnabled),
          'data-table-width': str(a.width),
          'ac:local-id': localId,
        },
        element('tbody', {}, blocks(node.content ?? [], at)),
      );
    case 'tableRow':
      allow(node, at, ['localId']);
      return element('tr', { 'local-id': localId }, blocks(node.content ?? [], at));
    case 'tableHeader':
    case 'tableCell':
      allow(node, at, ['colspan', 'rowspan', 'localId']);
      return element(
        node.type === 'tableHeader' ? 'th' : 'td',
        { colspan: str(a.colspan), rowspan: str(a.rowspan), 'local-id': localId },
        blocks(node.content ?? [], at),
      );
    case 'rule':
      allow(node, at, ['localId']);
      return element('hr', { 'local-id': localId }, '');
    case 'panel':
      return panel(node, at);
    case 'extension':
    case 'bodiedExtension':
      return extension(node, at);
    default:
      throw new ConversionError(`${at}: the sandbox cannot convert '${node.type}' nodes to storage format`);
  }
}

function panel(node: AdfNode, at: string): string {
  allow(node, at, ['panelType', 'localId']);
  const type = String(node.attrs?.panelType);
  const body = blocks(node.content ?? [], at);
  const macro = panelMacros[type];
  if (macro) {
    return element(
      'ac:structured-macro',
      { 'ac:name': macro, 'ac:schema-version': '1', 'ac:local-id': str(node.attrs?.localId) },
      element('ac:rich-text-body', {}, body),
    );
  }
  if (type === 'note') {
    return adfNodeStorage('panel', { panelType: type, localId: node.attrs?.localId }, body, at);
  }
  throw new ConversionError(`${at}: panels of type '${type}' have no storage form in the sandbox`);
}

function extension(node: AdfNode, at: string): string {
  allow(node, at, ['extensionKey', 'extensionType', 'parameters', 'text', 'layout', 'localId']);
  if (node.attrs?.extensionType !== FORGE_EXTENSION_TYPE) {
    throw new ConversionError(
      `${at}: only Forge macros (extensionType '${FORGE_EXTENSION_TYPE}') convert to storage in the sandbox`,
    );
  }
  const bodied = node.type === 'bodiedExtension';
  const content = bodied ? blocks(node.content ?? [], at) : undefined;
  return adfNodeStorage(bodied ? 'bodied-extension' : 'extension', node.attrs ?? {}, content, at);
}

const markElements: Record<string, string> = { strong: 'strong', em: 'em', underline: 'u', strike: 's', code: 'code' };

function inlines(nodes: AdfNode[], at: string): string {
  return nodes
    .map((node, i) => {
      const here = `${at}/content/${i}`;
      if (node.type === 'hardBreak') {
        // `attrs.text` is always "\n": nothing is lost.
        allow(node, here, ['text', 'localId'], []);
        return '<br />';
      }
      if (node.type !== 'text') {
        throw new ConversionError(`${here}: the sandbox cannot convert inline '${node.type}' nodes to storage format`);
      }
      allow(node, here, [], ['text', 'marks']);
      let html = escapeText(node.text ?? '');
      const marks = node.marks ?? [];
      for (let m = marks.length - 1; m >= 0; m--) html = mark(marks[m]!, html, `${here}/marks/${m}`);
      return html;
    })
    .join('');
}

function mark(markNode: { type: string; attrs?: Record<string, unknown> }, inner: string, at: string): string {
  const name = markElements[markNode.type];
  if (name) return `<${name}>${inner}</${name}>`;
  if (markNode.type === 'link') {
    const { href, title, ...rest } = markNode.attrs ?? {};
    const extra = Object.keys(rest).filter((key) => rest[key] !== undefined);
    if (extra.length > 0) throw new ConversionError(`${at}: link attribute '${extra[0]}' has no storage form`);
    return element('a', { href: str(href), title: str(title) }, inner);
  }
  throw new ConversionError(`${at}: the sandbox cannot convert '${markNode.type}' marks to storage format`);
}
