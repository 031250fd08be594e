import type { ProductAnswer } from '../platform/product';
import { isObject, oneOf, readablePage, requireAccess, type Call } from './calls';
import { badRequest, conflict, notFound } from './errors';
import { propertyJson, WIKI_BASE } from './pageModel';
import { listAnswer, paginate } from './paging';
import type { PropertyRow } from './store';

/**
 * Page content properties (/wiki/api/v2/pages/{page-id}/properties): JSON values under a key, with
 * a version number that each update must increment (a stale number is a 409, as for pages).
 */
function keyOf(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.length > 255) {
    throw badRequest('key must be a non-empty string of at most 255 characters');
  }
  return value;
}

function valueOf(body: Record<string, unknown>): unknown {
  if (!('value' in body) || body.value === undefined) throw badRequest('value is required');
  return body.value;
}

export function getProperties(call: Call, pageId: number): ProductAnswer {
  readablePage(call, pageId);
  const key = call.query.get('key');
  const sort = oneOf(call.query, 'sort', ['key', '-key']);
  const found = call.store.properties(pageId).filter((p) => key === null || p.key === key);
  const direction = sort === '-key' ? -1 : 1;
  const paged = sort
    ? paginate(found, (p) => [p.key, p.id], [direction, direction], call.query, call.pathname)
    : paginate(found, (p) => [p.id], [1], call.query, call.pathname);
  return listAnswer({ results: paged.results.map(propertyJson), next: paged.next }, WIKI_BASE);
}

export function createProperty(call: Call, pageId: number): ProductAnswer {
  const { space } = readablePage(call, pageId);
  requireAccess(call, space, 'write', 'edit pages');
  if (!isObject(call.body)) throw badRequest('The request body must be a JSON object');
  const key = keyOf(call.body.key);
  const value = valueOf(call.body);
  if (call.store.properties(pageId).some((p) => p.key === key)) {
    throw conflict(`A property with key '${key}' already exists on page ${pageId}`);
  }
  const property: PropertyRow = {
    id: call.store.nextId(),
    pageId,
    key,
    value,
    version: 1,
    message: '',
    authorId: call.principal.accountId,
    createdAt: call.now,
    minorEdit: false,
  };
  call.store.saveProperty(property);
  return { status: 200, body: propertyJson(property) };
}

function existing(call: Call, pageId: number, propertyId: number): PropertyRow {
  const property = call.store.property(pageId, propertyId);
  if (!property) throw notFound(`Property ${propertyId} was not found on page ${pageId}`);
  return property;
}

export function getProperty(call: Call, pageId: number, propertyId: number): ProductAnswer {
  readablePage(call, pageId);
  return { status: 200, body: propertyJson(existing(call, pageId, propertyId)) };
}

export function updateProperty(call: Call, pageId: number, propertyId: number): ProductAnswer {
  const { space } = readablePage(call, pageId);
  requireAccess(call, space, 'write', 'edit pages');
  const property = existing(call, pageId, propertyId);
  const body = call.body;
  if (!isObject(body)) throw badRequest('The request body must be a JSON object');
  const key = keyOf(body.key);
  if (key !== property.key) throw badRequest(`key '${key}' does not match the property's key '${property.key}'`);
  const value = valueOf(body);
  const version = isObject(body.version) ? body.version : undefined;
  const number = version?.number;
  if (typeof number !== 'number' || !Number.isInteger(number)) throw badRequest('version.number is required');
  if (number !== property.version + 1) {
    throw conflict(
      `Version must be incremented when updating a property. Current Version: [${property.version}]. Provided version: [${number}]`,
    );
  }
  if (version?.message !== undefined && typeof version.message !== 'string') {
    throw badRequest('version.message must be a string');
  }
  const updated: PropertyRow = {
    ...property,
    value,
    version: number,
    message: (version?.message as string | undefined) ?? '',
    authorId: call.principal.accountId,
    createdAt: call.now,
  };
  call.store.saveProperty(updated);
  return { status: 200, body: propertyJson(updated) };
}

export function deleteProperty(call: Call, pageId: number, propertyId: number): ProductAnswer {
  const { space } = readablePage(call, pageId);
  requireAccess(call, space, 'write', 'edit pages');
  existing(call, pageId, propertyId);
  call.store.deleteProperty(pageId, propertyId);
  return { status: 204, body: undefined };
}
