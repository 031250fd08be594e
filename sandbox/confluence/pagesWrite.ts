import type { ProductAnswer } from '../platform/product';
import { acceptBody, BodyError, type StoredBody } from './bodies';
import { flag, idOf, isObject, readablePage, requireAccess, type Call } from './calls';
import { ApiError, badRequest, conflict, notFound } from './errors';
import { pageJson } from './pageModel';
import { may } from './permissions';
import type { PageRow, SpaceRow, VersionRow } from './store';

/**
 * POST, PUT and DELETE /wiki/api/v2/pages. Drafts, private and embedded pages are not emulated and
 * are refused with a 400 saying so, rather than quietly created as something else.
 */
const duplicateTitle = 'A page with this title already exists: A page already exists with the same TITLE in this space';

/** A written body: `{representation, value}` or `{storage: {representation, value}}` (one format). */
function writtenBody(body: unknown): StoredBody {
  if (!isObject(body)) throw badRequest('body must be an object with representation and value');
  let written: Record<string, unknown> = body;
  if (!('representation' in body)) {
    const formats = Object.keys(body);
    const only = formats.length === 1 ? body[formats[0]!] : undefined;
    if (!isObject(only)) throw badRequest('body must name exactly one representation');
    written = only;
  }
  const { representation, value } = written;
  if (representation === 'wiki') throw badRequest('The wiki representation is not emulated by the sandbox');
  if (representation !== 'storage' && representation !== 'atlas_doc_format') {
    throw badRequest(`body.representation must be storage or atlas_doc_format, not ${JSON.stringify(representation)}`);
  }
  if (typeof value !== 'string') throw badRequest('body.value must be a string');
  try {
    return acceptBody(representation, value);
  } catch (error) {
    if (error instanceof BodyError) throw badRequest(error.message);
    throw error;
  }
}

function titleOf(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw badRequest('A published page must have a title');
  if (value.length > 255) throw badRequest('Title must be at most 255 characters');
  return value;
}

function assertTitleFree(call: Call, spaceId: number, title: string, exceptId?: number): void {
  const taken = call.store
    .pagesInSpace(spaceId)
    .some((p) => p.status === 'current' && p.id !== exceptId && p.title.toLowerCase() === title.toLowerCase());
  if (taken) throw badRequest(duplicateTitle);
}

/** A parent: a current page in the same space. */
function parentIn(call: Call, space: SpaceRow, value: unknown, status: number): number {
  const id = idOf(value, 'parentId');
  const parent = call.store.page(id);
  if (!parent || parent.status !== 'current' || parent.spaceId !== space.id) {
    throw new ApiError(status, `Parent page ${id} was not found in space ${space.key}`);
  }
  return id;
}

function answerPage(page: PageRow, version: VersionRow, space: SpaceRow): ProductAnswer {
  const body = { [version.representation]: { representation: version.representation, value: version.value } };
  return { status: 200, body: pageJson(page, version, space, body, { single: true }) };
}

export function createPage(call: Call): ProductAnswer {
  const { body, query, store } = call;
  if (flag(query, 'private') || flag(query, 'embedded')) {
    throw badRequest('private and embedded pages are not emulated by the sandbox');
  }
  if (!isObject(body)) throw badRequest('The request body must be a JSON object');
  const spaceId = idOf(body.spaceId, 'spaceId');
  if (body.status !== undefined && body.status !== 'current') {
    throw badRequest(
      `status '${String(body.status)}': drafts are not emulated by the sandbox (only current pages are)`,
    );
  }
  const space = store.space(spaceId);
  if (!space || !may(call.principal, space, 'read')) {
    throw notFound(`Space ${spaceId} was not found, or you do not have permission to view it`);
  }
  requireAccess(call, space, 'write', 'create a page');
  const title = titleOf(body.title);
  const rootLevel = flag(query, 'root-level');
  if (rootLevel && body.parentId !== undefined) throw badRequest('parentId may not be given with root-level=true');
  const parentId =
    body.parentId !== undefined ? parentIn(call, space, body.parentId, 400) : rootLevel ? null : space.homepageId;
  const stored = body.body === undefined ? { representation: 'storage' as const, value: '' } : writtenBody(body.body);
  assertTitleFree(call, space.id, title);
  return store.transaction(() => {
    const id = store.nextId();
    const page: PageRow = {
      id,
      spaceId: space.id,
      status: 'current',
      title,
      parentId,
      authorId: call.principal.accountId,
      ownerId: call.principal.accountId,
      createdAt: call.now,
      version: 1,
    };
    const version: VersionRow = {
      pageId: id,
      number: 1,
      title,
      ...stored,
      message: '',
      authorId: page.authorId,
      createdAt: call.now,
      minorEdit: false,
    };
    store.insertPage(page, version);
    return answerPage(page, version, space);
  });
}

export function updatePage(call: Call, id: number): ProductAnswer {
  const { body, store } = call;
  const { page, space } = readablePage(call, id, ['current', 'trashed']);
  requireAccess(call, space, 'write', 'update a page');
  if (!isObject(body)) throw badRequest('The request body must be a JSON object');
  if (body.id !== undefined && String(body.id) !== String(id)) {
    throw badRequest(`id ${String(body.id)} does not match the page ${id}`);
  }
  if (body.status !== 'current') {
    throw badRequest(
      `status '${String(body.status)}': drafts are not emulated by the sandbox (only current pages are)`,
    );
  }
  if (body.spaceId !== undefined && String(body.spaceId) !== String(page.spaceId)) {
    throw badRequest('Moving a page to a different space is not supported');
  }
  const current = store.version(id, page.version)!;
  if (page.status === 'trashed') {
    // Restoring from the trash changes only the status.
    assertTitleFree(call, space.id, page.title, id);
    const restored: PageRow = { ...page, status: 'current' };
    store.updatePage(restored);
    return answerPage(restored, current, space);
  }
  const version = isObject(body.version) ? body.version : undefined;
  const number = version?.number;
  if (typeof number !== 'number' || !Number.isInteger(number)) throw badRequest('version.number is required');
  if (number !== page.version + 1) {
    throw conflict(
      `Version must be incremented when updating a page. Current Version: [${page.version}]. Provided version: [${number}]`,
    );
  }
  if (version?.message !== undefined && typeof version.message !== 'string')
    throw badRequest('version.message must be a string');
  const title = titleOf(body.title);
  const parentId = body.parentId === undefined ? page.parentId : parentIn(call, space, body.parentId, 404);
  if (parentId !== null && isSelfOrDescendant(call, parentId, id)) {
    throw badRequest('A page cannot be moved under itself or one of its descendants');
  }
  let ownerId = page.ownerId;
  if (body.ownerId !== undefined) {
    if (!call.users.some((u) => u.accountId === body.ownerId))
      throw badRequest(`ownerId ${String(body.ownerId)} is not a user`);
    ownerId = body.ownerId as string;
  }
  if (body.body === undefined) throw badRequest('body is required');
  const stored = writtenBody(body.body);
  assertTitleFree(call, space.id, title, id);
  return store.transaction(() => {
    const next: VersionRow = {
      pageId: id,
      number,
      title,
      ...stored,
      message: (version?.message as string | undefined) ?? '',
      authorId: call.principal.accountId,
      createdAt: call.now,
      minorEdit: false,
    };
    const updated: PageRow = { ...page, title, parentId, ownerId, version: number };
    store.insertVersion(next);
    store.updatePage(updated);
    return answerPage(updated, next, space);
  });
}

function isSelfOrDescendant(call: Call, candidate: number, pageId: number): boolean {
  for (let at: number | null = candidate, hops = 0; at !== null && hops < 1000; hops++) {
    if (at === pageId) return true;
    at = call.store.page(at)?.parentId ?? null;
  }
  return false;
}

/** DELETE /wiki/api/v2/pages/{id}: a current page goes to the trash; `purge=true` removes a trashed one. */
export function deletePage(call: Call, id: number): ProductAnswer {
  const { query, store } = call;
  if (flag(query, 'draft')) throw badRequest('draft=true: drafts are not emulated by the sandbox');
  const purge = flag(query, 'purge');
  const { page, space } = readablePage(call, id, purge ? ['current', 'trashed'] : ['current']);
  requireAccess(call, space, 'write', 'delete a page');
  if (purge) {
    if (page.status !== 'trashed') throw badRequest(`Page ${id} must be in the trash before it can be purged`);
    store.transaction(() => store.purgePage(id));
  } else {
    store.transaction(() => {
      store.updatePage({ ...page, status: 'trashed' });
      store.reparentChildren(id, page.parentId);
    });
  }
  return { status: 204, body: undefined };
}
