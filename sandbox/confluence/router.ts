import type { ProductAnswer } from '../platform/product';
import { idOf, type Call } from './calls';
import { attachmentRoute, getPageAttachments } from './attachments';
import { ApiError } from './errors';
import { getPage, getPages, getPageVersions } from './pagesRead';
import { createPage, deletePage, updatePage } from './pagesWrite';
import { createProperty, deleteProperty, getProperties, getProperty, updateProperty } from './propertiesApi';
import { getSpace, getSpaceOperations, getSpaces } from './spacesApi';

/**
 * The emulated endpoints, by method and path under /wiki/api/v2. `{id}` segments are numeric ids
 * (a malformed one is a 400). Anything else under /wiki/api/v2 is a documented endpoint the sandbox
 * does not emulate: 501, saying so, rather than a misleading 404.
 */
type Handler = (call: Call, ids: number[]) => ProductAnswer;

const routes: Array<{ method: string; pattern: string[]; handler: Handler }> = [
  { method: 'GET', pattern: ['spaces'], handler: (call) => getSpaces(call) },
  { method: 'GET', pattern: ['spaces', '{id}'], handler: (call, [id]) => getSpace(call, id!) },
  { method: 'GET', pattern: ['spaces', '{id}', 'operations'], handler: (call, [id]) => getSpaceOperations(call, id!) },
  { method: 'GET', pattern: ['pages'], handler: (call) => getPages(call) },
  { method: 'POST', pattern: ['pages'], handler: (call) => createPage(call) },
  { method: 'GET', pattern: ['pages', '{id}'], handler: (call, [id]) => getPage(call, id!) },
  { method: 'PUT', pattern: ['pages', '{id}'], handler: (call, [id]) => updatePage(call, id!) },
  { method: 'DELETE', pattern: ['pages', '{id}'], handler: (call, [id]) => deletePage(call, id!) },
  { method: 'GET', pattern: ['pages', '{id}', 'versions'], handler: (call, [id]) => getPageVersions(call, id!) },
  { method: 'GET', pattern: ['pages', '{id}', 'attachments'], handler: (call, [id]) => getPageAttachments(call, id!) },
  { method: 'GET', pattern: ['pages', '{id}', 'properties'], handler: (call, [id]) => getProperties(call, id!) },
  { method: 'POST', pattern: ['pages', '{id}', 'properties'], handler: (call, [id]) => createProperty(call, id!) },
  {
    method: 'GET',
    pattern: ['pages', '{id}', 'properties', '{id}'],
    handler: (call, [page, property]) => getProperty(call, page!, property!),
  },
  {
    method: 'PUT',
    pattern: ['pages', '{id}', 'properties', '{id}'],
    handler: (call, [page, property]) => updateProperty(call, page!, property!),
  },
  {
    method: 'DELETE',
    pattern: ['pages', '{id}', 'properties', '{id}'],
    handler: (call, [page, property]) => deleteProperty(call, page!, property!),
  },
];

export const API_PREFIX = '/wiki/api/v2/';

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function route(method: string, pathname: string): ((call: Call) => ProductAnswer) | undefined {
  if (!pathname.startsWith(API_PREFIX)) return attachmentRoute(method, pathname);
  const segments = pathname.slice(API_PREFIX.length).split('/').map(decodeSegment);
  for (const candidate of routes) {
    if (candidate.method !== method.toUpperCase() || candidate.pattern.length !== segments.length) continue;
    if (!candidate.pattern.every((part, i) => part === '{id}' || part === segments[i])) continue;
    return (call) => {
      const ids = candidate.pattern.flatMap((part, i) =>
        part === '{id}' ? [idOf(segments[i], 'the id in the path')] : [],
      );
      return candidate.handler(call, ids);
    };
  }
  return () => {
    throw new ApiError(501, `The sandbox does not emulate ${method.toUpperCase()} ${pathname}`);
  };
}
