import { element, elementChildren, escapeAttr, escapeText, type XmlElement } from './storageXml';

/**
 * How Confluence writes an ADF-only node (a Forge macro, a "note" panel) in storage format:
 *
 *   <ac:adf-extension>
 *     <ac:adf-node type="extension">
 *       <ac:adf-attribute key="extension-key">APP/ENV/static/MODULE</ac:adf-attribute>
 *       <ac:adf-attribute key="extension-type">com.atlassian.ecosystem</ac:adf-attribute>
 *       <ac:adf-attribute key="parameters">
 *         <ac:adf-parameter key="extension-title">Title</ac:adf-parameter>
 *         <ac:adf-parameter key="guest-params">
 *           <ac:adf-parameter key="show-closed" type="boolean">true</ac:adf-parameter>
 *           <ac:adf-parameter key="limit" type="integer">5</ac:adf-parameter>
 *           <ac:adf-parameter key="statuses"><ac:adf-parameter-value>open</ac:adf-parameter-value>…</ac:adf-parameter>
 *         </ac:adf-parameter>
 *       </ac:adf-attribute>
 *       <ac:adf-attribute key="local-id">…</ac:adf-attribute>
 *       <ac:adf-content>…storage…</ac:adf-content>            (bodied-extension only)
 *     </ac:adf-node>
 *     <ac:adf-fallback>…</ac:adf-fallback>
 *   </ac:adf-extension>
 *
 * Keys are the ADF member names in kebab case; strings are text, other scalars carry `type`
 * (`boolean`, `integer`, `number`), objects nest `ac:adf-parameter`, arrays are
 * `ac:adf-parameter-value` items (an empty array is one empty item). This is Confluence Cloud's
 * observed storage form (no official reference documents it); see README.md. What this encoding
 * cannot carry without loss (null, empty objects, nested arrays, `[""]`, keys that do not survive
 * camel → kebab → camel) is refused with a ConversionError rather than altered.
 */
export class ConversionError extends Error {}

export function toKebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

export function toCamel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function kebabKey(key: string, at: string): string {
  const kebab = toKebab(key);
  if (toCamel(kebab) !== key) {
    throw new ConversionError(`${at}: the key '${key}' has no lossless storage form (kebab case '${kebab}')`);
  }
  return kebab;
}

function scalar(value: unknown, at: string): { type?: string; text: string } {
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { type: 'boolean', text: String(value) };
  if (typeof value === 'number' && Number.isFinite(value)) {
    return { type: Number.isInteger(value) ? 'integer' : 'number', text: String(value) };
  }
  throw new ConversionError(`${at}: ${JSON.stringify(value) ?? String(value)} has no storage form`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The inside of an `ac:adf-parameter` (or `-value`) element for one value, with its `type` attribute. */
function parameterBody(value: unknown, at: string): { type?: string; inner: string } {
  if (isPlainObject(value)) {
    if (Object.keys(value).length === 0) throw new ConversionError(`${at}: an empty object has no storage form`);
    return { inner: encodeParameters(value, at) };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { inner: '<ac:adf-parameter-value />' };
    if (value.length === 1 && value[0] === '') {
      throw new ConversionError(`${at}: [""] has no storage form (it reads back as [])`);
    }
    const items = value.map((item, i) => {
      if (Array.isArray(item)) throw new ConversionError(`${at}/${i}: nested arrays have no storage form`);
      const body = parameterBody(item, `${at}/${i}`);
      return element('ac:adf-parameter-value', { type: body.type }, body.inner);
    });
    return { inner: items.join('') };
  }
  const { type, text } = scalar(value, at);
  return { type, inner: escapeText(text) };
}

function encodeParameters(parameters: Record<string, unknown>, at: string): string {
  return Object.entries(parameters)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const body = parameterBody(value, `${at}/${key}`);
      const open = `<ac:adf-parameter key="${escapeAttr(kebabKey(key, at))}"${body.type ? ` type="${body.type}"` : ''}>`;
      return `${open}${body.inner}</ac:adf-parameter>`;
    })
    .join('');
}

/**
 * One `ac:adf-node`: `attributes` are ADF attrs (strings, or an object for `parameters`), written
 * as `ac:adf-attribute` in kebab case; `content` is already-converted storage for `ac:adf-content`.
 */
export function adfNodeStorage(
  type: string,
  attributes: Record<string, unknown>,
  content: string | undefined,
  at: string,
): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const name = kebabKey(key, at);
      if (key === 'parameters') {
        if (!isPlainObject(value)) throw new ConversionError(`${at}/attrs/parameters must be an object`);
        return `<ac:adf-attribute key="parameters">${encodeParameters(value, `${at}/attrs/parameters`)}</ac:adf-attribute>`;
      }
      if (typeof value !== 'string') throw new ConversionError(`${at}/attrs/${key} must be a string`);
      return `<ac:adf-attribute key="${escapeAttr(name)}">${escapeText(value)}</ac:adf-attribute>`;
    })
    .join('');
  const node = `<ac:adf-node type="${escapeAttr(type)}">${written}${content === undefined ? '' : `<ac:adf-content>${content}</ac:adf-content>`}</ac:adf-node>`;
  return `<ac:adf-extension>${node}<ac:adf-fallback>${node}</ac:adf-fallback></ac:adf-extension>`;
}

/** The parts of an `ac:adf-extension` element: node type, attributes (camel case) and the content element. */
export function readAdfExtension(extension: XmlElement): {
  type: string;
  attributes: Record<string, unknown>;
  content: XmlElement | undefined;
} {
  const node = elementChildren(extension, 'ac:adf-extension').find((child) => child.name === 'ac:adf-node');
  if (!node) throw new ConversionError('ac:adf-extension without an ac:adf-node');
  const type = node.attrs.type;
  if (!type) throw new ConversionError('ac:adf-node without a type');
  const attributes: Record<string, unknown> = {};
  let content: XmlElement | undefined;
  for (const child of elementChildren(node, `ac:adf-node type="${type}"`)) {
    if (child.name === 'ac:adf-content') {
      content = child;
    } else if (child.name === 'ac:adf-attribute' && child.attrs.key) {
      const key = toCamel(child.attrs.key);
      attributes[key] = key === 'parameters' ? decodeObject(child, 'parameters') : textOf(child, key);
    } else {
      throw new ConversionError(`unexpected <${child.name}> in ac:adf-node type="${type}"`);
    }
  }
  return { type, attributes, content };
}

function textOf(parent: XmlElement, at: string): string {
  return parent.children
    .map((child) => {
      if (child.kind === 'text') return child.text;
      throw new ConversionError(`${at}: unexpected <${child.name}> in a text value`);
    })
    .join('');
}

function decodeObject(parent: XmlElement, at: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const child of elementChildren(parent, at)) {
    if (child.name !== 'ac:adf-parameter' || !child.attrs.key) {
      throw new ConversionError(`${at}: unexpected <${child.name}> among parameters`);
    }
    result[toCamel(child.attrs.key)] = decodeValue(child, `${at}/${child.attrs.key}`);
  }
  return result;
}

function decodeValue(parameter: XmlElement, at: string): unknown {
  const elements = parameter.children.filter((child): child is XmlElement => child.kind === 'element');
  if (elements.length === 0) return typed(textOf(parameter, at), parameter.attrs.type, at);
  if (elements.every((child) => child.name === 'ac:adf-parameter-value')) {
    const items = elementChildren(parameter, at);
    if (items.length === 1 && items[0]!.children.length === 0 && !items[0]!.attrs.type) return [];
    return items.map((item, i) => decodeValue(item, `${at}/${i}`));
  }
  return decodeObject(parameter, at);
}

function typed(text: string, type: string | undefined, at: string): unknown {
  if (type === undefined || type === 'string') return text;
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  if ((type === 'integer' || type === 'number') && text.trim() !== '' && Number.isFinite(Number(text))) {
    return Number(text);
  }
  throw new ConversionError(`${at}: '${text}' is not a valid ${type}`);
}
