import { createHash } from 'node:crypto';
import type { AppIdentity } from '../../../ports/appIdentity';
import { escapeXml } from '../../pages/storageXhtml';
import type { AdfNode } from '../../pages/adf';
import { macroNode } from '../../pages/macroNode';

/**
 * A Forge macro in a storage-format page. Confluence writes an ADF-only node (a Forge macro is an
 * ADF `extension`) into storage as `<ac:adf-extension>`: the node's attributes as
 * `ac:adf-attribute` in kebab case, its `parameters` as nested `ac:adf-parameter`, scalars other
 * than strings with their `type` (see sandbox/confluence/adfExtensionStorage.ts for the full form).
 * The macro nodes the app writes hold only strings, numbers, booleans and objects, so that is all
 * this encodes.
 */
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function parameter(key: string, value: unknown): string {
  const open = (type?: string) => `<ac:adf-parameter key="${kebab(key)}"${type ? ` type="${type}"` : ''}>`;
  if (typeof value === 'string') return `${open()}${escapeXml(value)}</ac:adf-parameter>`;
  if (typeof value === 'boolean') return `${open('boolean')}${value}</ac:adf-parameter>`;
  if (typeof value === 'number') {
    return `${open(Number.isInteger(value) ? 'integer' : 'number')}${value}</ac:adf-parameter>`;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return `${open()}${parameters(value as Record<string, unknown>)}</ac:adf-parameter>`;
  }
  throw new Error(`reportMacro: ${key} has no storage form here`);
}

const parameters = (values: Record<string, unknown>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => parameter(key, value))
    .join('');

/** An ADF extension node (from macroNode) as storage-format XHTML. */
export function extensionStorage(node: AdfNode): string {
  const attrs = (node.attrs ?? {}) as Record<string, unknown>;
  const written = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      key === 'parameters'
        ? `<ac:adf-attribute key="parameters">${parameters(value as Record<string, unknown>)}</ac:adf-attribute>`
        : `<ac:adf-attribute key="${kebab(key)}">${escapeXml(String(value))}</ac:adf-attribute>`,
    )
    .join('');
  const adfNode = `<ac:adf-node type="${String(node.type)}">${written}</ac:adf-node>`;
  return `<ac:adf-extension>${adfNode}<ac:adf-fallback>${adfNode}</ac:adf-fallback></ac:adf-extension>`;
}

/** A stable UUID-shaped local id, so regenerating the page leaves the macro's id (and the content) alone. */
function stableLocalId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The finding register macro for one audit: its findings' Jira issues with their live status. */
export function findingRegisterStorage(identity: AppIdentity, auditId: string): string {
  return extensionStorage(
    macroNode(identity, 'findingRegister', { auditId }, stableLocalId(`audit-report:${auditId}:finding-register`)),
  );
}
