import { badParameter, badRequest, notFound } from './errors';
import { bodyAs, BodyError, representations, type Representation } from './bodies';
import type { Body } from './pageModel';
import type { AttachmentStore } from './attachments';
import { may, type ConfluenceUser, type Principal } from './permissions';
import type { Access, ConfluenceStore, PageRow, SpaceRow, VersionRow } from './store';

/** One request as the endpoint handlers see it. */
export interface Call {
  store: ConfluenceStore;
  /** The clock's now, ISO 8601. */
  now: string;
  principal: Principal;
  users: ReadonlyArray<ConfluenceUser>;
  /** Path without query, e.g. `/wiki/api/v2/pages/65538`. */
  pathname: string;
  query: URLSearchParams;
  body: unknown;
  /** Page attachments (absent in emulators built before they were emulated). */
  attachments?: AttachmentStore;
}

/** A numeric id from the path or body (Confluence ids are int64, sent as strings). */
export function idOf(value: unknown, what: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,18}$/.test(text)) {
    throw badRequest(`${what} must be a numeric id, not ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return Number(text);
}

export function listOf(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function oneOf<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw badParameter(`${name} must be one of ${allowed.join(', ')}, not '${value}'`);
  }
  return value as T;
}

export function flag(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  throw badParameter(`${name} must be true or false, not '${value}'`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The page and its space, if it exists, has one of `statuses` and the principal may read it; else 404. */
export function readablePage(
  call: Call,
  id: number,
  statuses: readonly string[] = ['current'],
): { page: PageRow; space: SpaceRow } {
  const page = call.store.page(id);
  const space = page && call.store.space(page.spaceId);
  if (!page || !space || !statuses.includes(page.status) || !may(call.principal, space, 'read')) {
    throw notFound(`Page ${id} was not found, or you do not have permission to view it`);
  }
  return { page, space };
}

export function requireAccess(call: Call, space: SpaceRow, access: Access, action: string): void {
  if (!may(call.principal, space, access)) {
    throw notFound(`You do not have permission to ${action} in space ${space.key}`);
  }
}

/** `body-format` for endpoints that document only the two primary representations. */
export function bodyFormat(query: URLSearchParams): Representation | undefined {
  return oneOf(query, 'body-format', representations);
}

/** The `body` member of a page for the requested representation ({} when none was asked for). */
export function bodyFor(version: VersionRow, format: Representation | undefined): Body {
  if (!format) return {};
  try {
    return { [format]: { representation: format, value: bodyAs(version, format) } };
  } catch (error) {
    if (error instanceof BodyError)
      throw badRequest(`Page ${version.pageId} version ${version.number}: ${error.message}`);
    throw error;
  }
}
