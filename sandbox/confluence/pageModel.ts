import { SANDBOX_SITE } from '../platform/functionRunner';
import type { Representation } from './bodies';
import type { PageRow, PropertyRow, SpaceRow, VersionRow } from './store';

/**
 * The JSON Confluence v2 answers with (SpaceBulk/SpaceSingle, PageBulk/PageSingle, Version,
 * PageVersion, ContentProperty in the OpenAPI document). Optional members Confluence leaves out
 * (`parentId` of a root page, `description` without `description-format`) are left out, never null
 * where the document does not allow it.
 */
export const WIKI_BASE = `${SANDBOX_SITE}/wiki`;

export type Body = Partial<Record<Representation, { representation: Representation; value: string }>>;

export function spaceJson(space: SpaceRow, single: boolean) {
  return {
    id: String(space.id),
    key: space.key,
    name: space.name,
    type: 'global',
    status: 'current',
    authorId: space.authorId,
    createdAt: space.createdAt,
    ...(space.homepageId === null ? {} : { homepageId: String(space.homepageId) }),
    _links: { webui: `/spaces/${encodeURIComponent(space.key)}`, ...(single ? { base: WIKI_BASE } : {}) },
  };
}

export function versionJson(version: VersionRow) {
  return {
    createdAt: version.createdAt,
    message: version.message,
    number: version.number,
    minorEdit: version.minorEdit,
    authorId: version.authorId,
  };
}

/** Confluence's tiny links (`/x/AbCd`): the id's little-endian bytes, base64url, trailing zeros dropped. */
function tinyId(id: number): string {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(id));
  let end = 8;
  while (end > 1 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end).toString('base64url').replace(/A+$/, '');
}

export function pageJson(
  page: PageRow,
  version: VersionRow,
  space: SpaceRow,
  body: Body,
  options: { single: boolean; status?: string },
) {
  const title = version.title;
  return {
    id: String(page.id),
    status: options.status ?? page.status,
    title,
    spaceId: String(page.spaceId),
    ...(page.parentId === null ? {} : { parentId: String(page.parentId), parentType: 'page' }),
    authorId: page.authorId,
    ownerId: page.ownerId,
    lastOwnerId: null,
    createdAt: page.createdAt,
    version: versionJson(version),
    body,
    _links: {
      webui: `/spaces/${encodeURIComponent(space.key)}/pages/${page.id}/${encodeURIComponent(title).replace(/%20/g, '+')}`,
      editui: `/pages/resumedraft.action?draftId=${page.id}`,
      tinyui: `/x/${tinyId(page.id)}`,
      ...(options.single ? { base: WIKI_BASE } : {}),
    },
  };
}

export function pageVersionJson(version: VersionRow, body: Body | undefined) {
  return {
    ...versionJson(version),
    page: { id: String(version.pageId), title: version.title, ...(body ? { body } : {}) },
  };
}

export function propertyJson(property: PropertyRow) {
  return {
    id: String(property.id),
    key: property.key,
    value: property.value,
    version: {
      createdAt: property.createdAt,
      message: property.message,
      number: property.version,
      minorEdit: property.minorEdit,
      authorId: property.authorId,
    },
  };
}
