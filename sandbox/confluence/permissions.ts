import type { ProductRequest } from '../platform/product';
import { ApiError } from './errors';
import type { Access, SpaceRow } from './store';

/**
 * Who a request acts for, and what they may do in a space.
 * - `app` (asApp): the app's own account, which may read and write everywhere.
 * - `user` (asUser, Custom UI): a known user, with the space's permissions; a space without an
 *   explicit map lets every user read and write; a site admin may do both everywhere.
 * - `none` (a bare requestConfluence) or an unknown account: anonymous, which the sandbox site does
 *   not allow, so 401.
 * No permission to read is a 404, as Confluence answers (the document lists no 403); so is no
 * permission to write where the user may read (the document's 404 for "does not have the needed
 * permissions to create/update/delete a page in the space").
 */
export interface ConfluenceUser {
  accountId: string;
  displayName: string;
  siteAdmin: boolean;
}

/** The account that asApp() writes appear under (authorId), as an app user's account id looks. */
export const APP_ACCOUNT_ID = '557058:00000000-0000-0000-0000-0000000a99a0';

export type Principal = { kind: 'app'; accountId: string } | { kind: 'user'; user: ConfluenceUser; accountId: string };

export function principalOf(request: ProductRequest, users: ReadonlyArray<ConfluenceUser>): Principal {
  if (request.provider === 'app') return { kind: 'app', accountId: APP_ACCOUNT_ID };
  const user = request.provider === 'user' ? users.find((u) => u.accountId === request.accountId) : undefined;
  if (!user) {
    throw new ApiError(401, 'This request is not authenticated: the sandbox site does not allow anonymous access');
  }
  return { kind: 'user', user, accountId: user.accountId };
}

export function may(principal: Principal, space: SpaceRow, access: Access): boolean {
  if (principal.kind === 'app' || principal.user.siteAdmin) return true;
  if (space.permissions === null) return true;
  return (space.permissions[principal.accountId] ?? []).includes(access);
}
