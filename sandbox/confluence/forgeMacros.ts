import { randomUUID } from 'node:crypto';
import { SANDBOX_APP_ID, SANDBOX_ENVIRONMENT_ID } from '../platform/functionRunner';

/**
 * Forge macros in page bodies (ADF). A Forge macro is an `extension` (or `bodiedExtension`) node:
 *
 *   { type: 'extension', attrs: {
 *       extensionType: 'com.atlassian.ecosystem',
 *       extensionKey: '<appId>/<environmentId>/static/<macroModuleKey>',
 *       text: '<title>', layout: 'default', localId: '<uuid>',
 *       parameters: {
 *         localId: '<uuid>',
 *         extensionId: 'ari:cloud:ecosystem::extension/<appId>/<environmentId>/static/<macroModuleKey>',
 *         extensionTitle: '<title>', layout: 'extension', forgeEnvironment: 'DEVELOPMENT', render: 'native',
 *         guestParams: { ...the macro's saved config (omitted while it has none) } } } }
 *
 * The shape is the one Forge's own documentation shows for `getEditorContent` (@forge/confluence-bridge),
 * plus `guestParams`, where Confluence keeps the config `view.submit({config})` saved (observed in
 * pages of published Forge apps). See README.md.
 */
export interface ForgeMacroInstance {
  localId: string;
  moduleKey: string;
  config: Record<string, unknown>;
  title?: string;
}

export const FORGE_EXTENSION_TYPE = 'com.atlassian.ecosystem';

interface Node {
  type?: unknown;
  attrs?: Record<string, unknown>;
  content?: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function isForgeMacro(node: Node): boolean {
  return (
    (node.type === 'extension' || node.type === 'bodiedExtension') &&
    node.attrs?.extensionType === FORGE_EXTENSION_TYPE &&
    typeof node.attrs.extensionKey === 'string'
  );
}

function instanceOf(node: Node): ForgeMacroInstance {
  const attrs = node.attrs!;
  const parameters = isNode(attrs.parameters) ? (attrs.parameters as Record<string, unknown>) : {};
  const key = attrs.extensionKey as string;
  const at = key.lastIndexOf('/static/');
  const title = parameters.extensionTitle ?? attrs.text;
  const guestParams = parameters.guestParams;
  return {
    localId: String(attrs.localId ?? parameters.localId ?? ''),
    moduleKey: at < 0 ? key : key.slice(at + '/static/'.length),
    config: isNode(guestParams) ? { ...(guestParams as Record<string, unknown>) } : {},
    ...(typeof title === 'string' ? { title } : {}),
  };
}

/** Every Forge macro in a document, in document order, wherever it sits (tables, panels, bodied macros). */
export function findForgeMacros(adf: unknown): ForgeMacroInstance[] {
  const found: ForgeMacroInstance[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (isForgeMacro(node)) found.push(instanceOf(node));
    if (node.content !== undefined) visit(node.content);
  };
  visit(adf);
  return found;
}

/** `ari:cloud:ecosystem::app/<uuid>` or `<uuid>` → `<uuid>`. */
const bareAppId = (appId: string): string => appId.replace(/^ari:cloud:ecosystem::app\//, '');

/** An ADF `extension` node for one Forge macro, ready to put in a page. */
export function forgeMacroNode(
  moduleKey: string,
  config: Record<string, unknown>,
  options: { localId?: string; appId?: string; environmentId?: string; title?: string; forgeEnvironment?: string } = {},
): object {
  const localId = options.localId ?? randomUUID();
  const extensionKey = `${bareAppId(options.appId ?? SANDBOX_APP_ID)}/${options.environmentId ?? SANDBOX_ENVIRONMENT_ID}/static/${moduleKey}`;
  const title = options.title ?? moduleKey;
  return {
    type: 'extension',
    attrs: {
      layout: 'default',
      extensionType: FORGE_EXTENSION_TYPE,
      extensionKey,
      text: title,
      parameters: {
        layout: 'extension',
        ...(Object.keys(config).length > 0 ? { guestParams: config } : {}),
        forgeEnvironment: options.forgeEnvironment ?? 'DEVELOPMENT',
        render: 'native',
        localId,
        extensionId: `ari:cloud:ecosystem::extension/${extensionKey}`,
        extensionTitle: title,
      },
      localId,
    },
  };
}

/** Containers whose content may not be empty (ADF `minItems: 1`); an emptied one gets an empty paragraph. */
const nonEmpty = new Set([
  'tableCell',
  'tableHeader',
  'listItem',
  'panel',
  'bodiedExtension',
  'layoutColumn',
  'expand',
  'nestedExpand',
]);

/**
 * A new document with every Forge macro replaced by the block nodes `replacement` gives for it (the
 * macro's `adfExport`): what Confluence's PDF/Word export puts in the page. The input is not changed.
 */
export function replaceForgeMacros(adf: unknown, replacement: (m: ForgeMacroInstance) => object[]): unknown {
  const rewrite = (node: unknown): unknown => {
    if (!isNode(node) || !Array.isArray(node.content)) return node;
    const content = (node.content as unknown[]).flatMap((child) =>
      isNode(child) && isForgeMacro(child) ? replacement(instanceOf(child)) : [rewrite(child)],
    );
    if (content.length === 0 && typeof node.type === 'string' && nonEmpty.has(node.type)) {
      content.push({ type: 'paragraph' });
    }
    return { ...node, content };
  };
  return rewrite(structuredClone(adf));
}
