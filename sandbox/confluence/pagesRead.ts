import type { ProductAnswer } from '../platform/product';
import { badParameter, badRequest, notFound } from './errors';
import { bodyFor, bodyFormat, flag, idOf, listOf, oneOf, readablePage, type Call } from './calls';
import { pageJson, pageVersionJson, WIKI_BASE } from './pageModel';
import { listAnswer, paginate, type SortKey } from './paging';
import { may } from './permissions';
import type { Representation } from './bodies';
import type { PageRow, VersionRow } from './store';

const pageSorts = ['id', '-id', 'created-date', '-created-date', 'modified-date', '-modified-date', 'title', '-title'];
const listStatuses = ['current', 'archived', 'deleted', 'trashed'];

/** GET /wiki/api/v2/pages: filters id, space-id, status (default current and archived), title. */
export function getPages(call: Call): ProductAnswer {
  const { store, query } = call;
  const ids = new Set(listOf(query, 'id').map((id) => idOf(id, 'id')));
  const spaceIds = new Set(listOf(query, 'space-id').map((id) => idOf(id, 'space-id')));
  const statuses = listOf(query, 'status');
  for (const status of statuses) {
    if (!listStatuses.includes(status)) throw badParameter(`status must be among ${listStatuses.join(', ')}`);
  }
  const wanted = new Set(statuses.length > 0 ? statuses : ['current', 'archived']);
  const title = query.get('title');
  const format = bodyFormat(query);
  const sort = oneOf(query, 'sort', pageSorts) ?? 'id';

  const spaces = new Map(store.spaces().map((space) => [space.id, space]));
  const found: Array<{ page: PageRow; version: VersionRow }> = [];
  for (const page of store.pages()) {
    const space = spaces.get(page.spaceId)!;
    if (ids.size > 0 && !ids.has(page.id)) continue;
    if (spaceIds.size > 0 && !spaceIds.has(page.spaceId)) continue;
    if (!wanted.has(page.status) || (title !== null && page.title !== title)) continue;
    if (!may(call.principal, space, 'read')) continue;
    found.push({ page, version: store.version(page.id, page.version)! });
  }
  const field = sort.replace(/^-/, '');
  const keyOf = ({ page, version }: { page: PageRow; version: VersionRow }): SortKey =>
    field === 'title'
      ? [page.title, page.id]
      : field === 'created-date'
        ? [page.createdAt, page.id]
        : field === 'modified-date'
          ? [version.createdAt, page.id]
          : [page.id];
  const direction = sort.startsWith('-') ? -1 : 1;
  const paged = paginate(found, keyOf, [direction, direction], query, call.pathname);
  const results = paged.results.map(({ page, version }) =>
    pageJson(page, version, spaces.get(page.spaceId)!, bodyFor(version, format), { single: false }),
  );
  return listAnswer({ results, next: paged.next }, WIKI_BASE);
}

const singleFormats = [
  'storage',
  'atlas_doc_format',
  'view',
  'export_view',
  'anonymous_export_view',
  'styled_view',
  'editor',
];
const singleStatuses = ['current', 'archived', 'trashed', 'deleted', 'historical', 'draft'];

/** GET /wiki/api/v2/pages/{id}: `body-format`, `version` (an earlier version's title and body), `status`. */
export function getPage(call: Call, id: number): ProductAnswer {
  const { query } = call;
  const asked = oneOf(query, 'body-format', singleFormats);
  if (asked && asked !== 'storage' && asked !== 'atlas_doc_format') {
    throw badRequest(`body-format=${asked} is not emulated by the sandbox (storage and atlas_doc_format are)`);
  }
  if (flag(query, 'get-draft')) throw badRequest('get-draft: drafts are not emulated by the sandbox');
  const statuses = listOf(query, 'status');
  for (const status of statuses) {
    if (!singleStatuses.includes(status)) throw badParameter(`status must be among ${singleStatuses.join(', ')}`);
  }
  const { page, space } = readablePage(call, id, statuses.length > 0 ? statuses : ['current', 'archived']);
  const versionParam = query.get('version');
  const number = versionParam === null ? page.version : idOf(versionParam, 'version');
  const version = call.store.version(page.id, number);
  if (!version) throw notFound(`Page ${id} has no version ${number}`);
  const historical = number !== page.version;
  const json = pageJson(page, version, space, bodyFor(version, asked as Representation | undefined), {
    single: true,
    ...(historical ? { status: 'historical' } : {}),
  });
  if (query.get('include-version') === 'false') delete (json as { version?: unknown }).version;
  return { status: 200, body: json };
}

/** GET /wiki/api/v2/pages/{id}/versions: every version, newest first unless `sort=modified-date`. */
export function getPageVersions(call: Call, id: number): ProductAnswer {
  const { query } = call;
  readablePage(call, id);
  const format = bodyFormat(query);
  const sort = oneOf(query, 'sort', ['modified-date', '-modified-date']) ?? '-modified-date';
  const direction = sort === 'modified-date' ? 1 : -1;
  const paged = paginate(call.store.versions(id), (v) => [v.number], [direction], query, call.pathname);
  const results = paged.results.map((version) =>
    pageVersionJson(version, format ? bodyFor(version, format) : undefined),
  );
  return listAnswer({ results, next: paged.next }, WIKI_BASE);
}
