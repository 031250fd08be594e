import { escapeHtml } from './http';

interface AdfNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  content?: AdfNode[];
}

/**
 * Renders an ADF document as plain HTML for the sandbox's page view and export preview: the node
 * types the app's pages use. A Forge macro is handed to `macro` (the page view frames it, the
 * export has already replaced it). Anything unknown shows as a visible placeholder, never silently.
 */
export function adfToHtml(doc: unknown, macro: (node: AdfNode) => string = () => ''): string {
  const render = (node: AdfNode): string => {
    const inner = () => (node.content ?? []).map(render).join('');
    switch (node.type) {
      case 'doc':
        return inner();
      case 'paragraph':
        return `<p>${inner()}</p>`;
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2)));
        return `<h${level}>${inner()}</h${level}>`;
      }
      case 'text':
        return (node.marks ?? []).reduce(
          (html, mark) => {
            if (mark.type === 'strong') return `<strong>${html}</strong>`;
            if (mark.type === 'em') return `<em>${html}</em>`;
            if (mark.type === 'code') return `<code>${html}</code>`;
            if (mark.type === 'strike') return `<s>${html}</s>`;
            if (mark.type === 'underline') return `<u>${html}</u>`;
            if (mark.type === 'link') return `<a href="${escapeHtml(String(mark.attrs?.href ?? '#'))}">${html}</a>`;
            return html;
          },
          escapeHtml(node.text ?? ''),
        );
      case 'hardBreak':
        return '<br>';
      case 'bulletList':
        return `<ul>${inner()}</ul>`;
      case 'orderedList':
        return `<ol>${inner()}</ol>`;
      case 'listItem':
        return `<li>${inner()}</li>`;
      case 'rule':
        return '<hr>';
      case 'panel':
        return `<div class="panel panel-${escapeHtml(String(node.attrs?.panelType ?? 'info'))}">${inner()}</div>`;
      case 'table':
        return `<table class="adf-table">${inner()}</table>`;
      case 'tableRow':
        return `<tr>${inner()}</tr>`;
      case 'tableHeader':
        return `<th>${inner()}</th>`;
      case 'tableCell':
        return `<td>${inner()}</td>`;
      case 'extension':
      case 'bodiedExtension':
        return macro(node);
      default:
        return `<div class="adf-unknown">[${escapeHtml(node.type)} is not shown by the sandbox]</div>`;
    }
  };
  return render(doc as AdfNode);
}
