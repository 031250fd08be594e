/**
 * Confluence storage format is XHTML with `ac:`/`ri:` elements, and Confluence parses it strictly
 * as XML ("Error parsing xhtml" for `<br>` or a stray `</p>`). This is a small, strict parser for
 * it: elements, attributes, text, CDATA; comments are dropped. Entities: the XML five, numeric
 * references and the common HTML names Confluence itself writes (`&nbsp;`, `&rsquo;`, …).
 */
export interface XmlElement {
  kind: 'element';
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export interface XmlText {
  kind: 'text';
  text: string;
}
export type XmlNode = XmlElement | XmlText;

export class StorageParseError extends Error {}

const htmlEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  times: '\u00d7',
  euro: '\u20ac',
  pound: '\u00a3',
  deg: '\u00b0',
  rarr: '\u2192',
  larr: '\u2190',
};

function decodeEntities(raw: string, at: number): string {
  return raw.replace(/&([^;\s&<]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new StorageParseError(`bare '&' near offset ${at} (write &amp;)`);
    if (name.startsWith('#x') || name.startsWith('#X')) return fromCodePoint(parseInt(name.slice(2), 16), whole, at);
    if (name.startsWith('#')) return fromCodePoint(parseInt(name.slice(1), 10), whole, at);
    const value = htmlEntities[name];
    if (value === undefined) throw new StorageParseError(`unknown entity ${whole} near offset ${at}`);
    return value;
  });
}

function fromCodePoint(code: number, whole: string, at: number): string {
  if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) {
    throw new StorageParseError(`invalid character reference ${whole} near offset ${at}`);
  }
  return String.fromCodePoint(code);
}

const namePattern = /^[A-Za-z_][\w.:-]*/;

/** The document's top-level nodes; throws StorageParseError when it is not well-formed. */
export function parseStorage(xml: string): XmlNode[] {
  const root: XmlElement = { kind: 'element', name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const top = () => stack[stack.length - 1]!;
  const pushText = (text: string) => {
    if (text === '') return;
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (last?.kind === 'text') last.text += text;
    else siblings.push({ kind: 'text', text });
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      pushText(decodeEntities(xml.slice(i), i));
      break;
    }
    if (lt > i) pushText(decodeEntities(xml.slice(i, lt), i));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw new StorageParseError(`unterminated comment at offset ${lt}`);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw new StorageParseError(`unterminated CDATA section at offset ${lt}`);
      pushText(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      const name = end < 0 ? '' : xml.slice(lt + 2, end).trim();
      if (stack.length === 1) throw new StorageParseError(`unexpected close tag </${name}> at offset ${lt}`);
      if (name !== top().name) {
        throw new StorageParseError(`unexpected close tag </${name}> at offset ${lt}; expected </${top().name}>`);
      }
      stack.pop();
      i = end + 1;
    } else if (xml[lt + 1] === '!' || xml[lt + 1] === '?') {
      throw new StorageParseError(`declarations and processing instructions are not allowed (offset ${lt})`);
    } else {
      i = parseOpenTag(xml, lt, stack);
    }
  }
  if (stack.length > 1) throw new StorageParseError(`element <${top().name}> is not closed`);
  return root.children;
}

function parseOpenTag(xml: string, lt: number, stack: XmlElement[]): number {
  const name = namePattern.exec(xml.slice(lt + 1))?.[0];
  if (!name) throw new StorageParseError(`malformed tag at offset ${lt}`);
  const element: XmlElement = { kind: 'element', name, attrs: {}, children: [] };
  let i = lt + 1 + name.length;
  for (;;) {
    const rest = xml.slice(i);
    const space = /^\s*/.exec(rest)![0].length;
    i += space;
    if (xml.startsWith('/>', i)) {
      stack[stack.length - 1]!.children.push(element);
      return i + 2;
    }
    if (xml[i] === '>') {
      stack[stack.length - 1]!.children.push(element);
      stack.push(element);
      return i + 1;
    }
    const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(i));
    if (!attr || space === 0) throw new StorageParseError(`malformed attribute in <${name}> at offset ${i}`);
    if (attr[1]! in element.attrs) throw new StorageParseError(`duplicate attribute ${attr[1]} in <${name}>`);
    element.attrs[attr[1]!] = decodeEntities(attr[3] ?? attr[4] ?? '', i);
    i += attr[0].length;
  }
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** `<name a="1">inner</name>`, or `<name a="1" />` when inner is empty. */
export function element(name: string, attrs: Record<string, string | undefined>, inner: string): string {
  const written = Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttr(value)}"`)
    .join('');
  return inner === '' ? `<${name}${written} />` : `<${name}${written}>${inner}</${name}>`;
}

export function isWhitespace(node: XmlNode): boolean {
  return node.kind === 'text' && node.text.trim() === '';
}

/** Element children, ignoring whitespace between them; throws on other text. */
export function elementChildren(parent: XmlElement, what: string): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => {
    if (child.kind === 'element') return true;
    if (isWhitespace(child)) return false;
    throw new StorageParseError(`unexpected text in ${what}`);
  });
}
