/**
 * Small builders for the ADF the app writes into Confluence (macro exports, the review page): only
 * nodes `@atlaskit/adf-schema` accepts in a page body, with text never empty (ADF refuses "").
 */
export type AdfNode = Record<string, unknown>;

const nonEmpty = (text: string) => (text.length > 0 ? text : '—');

export const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>): AdfNode => ({
  type: 'text',
  text: nonEmpty(value),
  ...(marks && marks.length > 0 ? { marks } : {}),
});
export const strong = (value: string): AdfNode => text(value, [{ type: 'strong' }]);
export const link = (value: string, href: string): AdfNode => text(value, [{ type: 'link', attrs: { href } }]);

export const paragraph = (...content: Array<AdfNode | string>): AdfNode => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
});

export const heading = (level: 1 | 2 | 3 | 4 | 5 | 6, value: string): AdfNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});

export const bulletList = (items: Array<string | AdfNode[]>): AdfNode => ({
  type: 'bulletList',
  content: items.map((item) => ({
    type: 'listItem',
    content: [typeof item === 'string' ? paragraph(item) : paragraph(...item)],
  })),
});

type Cell = string | AdfNode[];
const cell = (type: 'tableHeader' | 'tableCell', value: Cell): AdfNode => ({
  type,
  attrs: {},
  content: [typeof value === 'string' ? paragraph(value) : paragraph(...value)],
});

/** A table with one header row; every row has as many cells as the header (short rows are padded). */
export function table(columns: string[], rows: Cell[][]): AdfNode {
  const width = columns.length;
  return {
    type: 'table',
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: [
      { type: 'tableRow', content: columns.map((column) => cell('tableHeader', column)) },
      ...rows.map((row) => ({
        type: 'tableRow',
        content: Array.from({ length: width }, (_, i) => cell('tableCell', row[i] ?? '')),
      })),
    ],
  };
}

export const panel = (panelType: 'info' | 'note' | 'warning' | 'error' | 'success', content: AdfNode[]): AdfNode => ({
  type: 'panel',
  attrs: { panelType },
  content,
});

export const rule = (): AdfNode => ({ type: 'rule' });

export const doc = (content: AdfNode[]) => ({ type: 'doc' as const, version: 1 as const, content });
