import type { ProductAnswer } from '../platform/product';
import { idOf, listOf, oneOf, type Call } from './calls';
import { notFound } from './errors';
import { spaceJson, WIKI_BASE } from './pageModel';
import { listAnswer, paginate, type SortKey } from './paging';
import { may } from './permissions';
import type { SpaceRow } from './store';

/**
 * GET /wiki/api/v2/spaces and /spaces/{id}. Every sandbox space is a current global space with no
 * labels, icon, description or favourites, so those filters answer what a site without them would.
 */
const descriptionFormats = ['plain', 'view'];

function withDescription(json: ReturnType<typeof spaceJson>, format: string | undefined) {
  return format ? { ...json, description: { [format]: { representation: format, value: '' } } } : json;
}

export function getSpaces(call: Call): ProductAnswer {
  const { query } = call;
  const ids = new Set(listOf(query, 'ids').map((id) => idOf(id, 'ids')));
  const keys = new Set(listOf(query, 'keys'));
  const type = oneOf(query, 'type', ['global', 'collaboration', 'knowledge_base', 'personal']);
  const status = oneOf(query, 'status', ['current', 'archived']);
  const sort = oneOf(query, 'sort', ['id', '-id', 'key', '-key', 'name', '-name']) ?? 'id';
  const format = oneOf(query, 'description-format', descriptionFormats);
  const nothingMatches =
    (type !== undefined && type !== 'global') ||
    status === 'archived' ||
    listOf(query, 'labels').length > 0 ||
    query.get('favorited-by') !== null;
  const found = nothingMatches
    ? []
    : call.store
        .spaces()
        .filter((space) => (ids.size === 0 || ids.has(space.id)) && (keys.size === 0 || keys.has(space.key)))
        .filter((space) => may(call.principal, space, 'read'));
  const field = sort.replace(/^-/, '');
  const keyOf = (space: SpaceRow): SortKey =>
    field === 'key' ? [space.key, space.id] : field === 'name' ? [space.name, space.id] : [space.id];
  const direction = sort.startsWith('-') ? -1 : 1;
  const paged = paginate(found, keyOf, [direction, direction], query, call.pathname);
  const results = paged.results.map((space) => withDescription(spaceJson(space, false), format));
  return listAnswer({ results, next: paged.next }, WIKI_BASE);
}

/**
 * GET /wiki/api/v2/spaces/{id}/operations: what the acting account may do in the space, as the
 * emulated permissions decide it — read the space; with `write`, create and delete its pages (a
 * space's "add page" permission is also what lets a user edit pages there). Not readable is a 404.
 */
export function getSpaceOperations(call: Call, id: number): ProductAnswer {
  const space = call.store.space(id);
  if (!space || !may(call.principal, space, 'read')) {
    throw notFound(`Space ${id} was not found, or you do not have permission to view it`);
  }
  const operations = [{ operation: 'read', targetType: 'space' }];
  if (may(call.principal, space, 'write')) {
    operations.push({ operation: 'create', targetType: 'page' }, { operation: 'delete', targetType: 'page' });
  }
  return { status: 200, body: { operations } };
}

export function getSpace(call: Call, id: number): ProductAnswer {
  const format = oneOf(call.query, 'description-format', descriptionFormats);
  const space = call.store.space(id);
  if (!space || !may(call.principal, space, 'read')) {
    throw notFound(`Space ${id} was not found, or you do not have permission to view it`);
  }
  return { status: 200, body: withDescription(spaceJson(space, true), format) };
}
