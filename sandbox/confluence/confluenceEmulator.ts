import type { Database } from 'better-sqlite3';
import type { ProductAnswer, ProductHandler, ProductRequest } from '../platform/product';
import { AttachmentStore, formBodyOf } from './attachments';
import type { Call } from './calls';
import { ApiError, errorAnswer } from './errors';
import { APP_ACCOUNT_ID, principalOf, type ConfluenceUser } from './permissions';
import { route } from './router';
import { ConfluenceStore, type Access } from './store';

export { APP_ACCOUNT_ID, type ConfluenceUser } from './permissions';

export interface ConfluenceEmulatorOptions {
  /** Holds the emulator's tables (prefixed `confluence_`, created if missing): a file persists the site. */
  database: Database;
  clock: () => Date;
  users: ReadonlyArray<ConfluenceUser>;
}

export interface SpaceDefinition {
  key: string;
  name: string;
  /** accountId → access. Default: every user may read and write. */
  permissions?: Record<string, Access[]>;
  /** Who created the space and its homepage (default: the first site admin, else the app). */
  authorId?: string;
}

/**
 * Confluence Cloud REST v2, emulated over SQLite: spaces, pages with every version kept, page
 * content properties, space permissions, storage and ADF bodies converted both ways where that is
 * lossless. `handle` answers a ProductRequest on Confluence's real paths (`/wiki/api/v2/...`) with
 * Confluence's shapes and error body. See README.md in this folder for what is emulated and how.
 */
export class ConfluenceEmulator {
  private readonly store: ConfluenceStore;
  private readonly attachments: AttachmentStore;
  private readonly clock: () => Date;
  private readonly users: ReadonlyArray<ConfluenceUser>;

  constructor(options: ConfluenceEmulatorOptions) {
    this.store = new ConfluenceStore(options.database);
    this.attachments = new AttachmentStore(options.database);
    this.clock = options.clock;
    this.users = options.users;
  }

  /** A space with a homepage (`<name> Home`), as Confluence creates one. Throws if the key is taken. */
  createSpace(space: SpaceDefinition): { id: string; homepageId: string } {
    if (!/^[A-Za-z0-9]{1,255}$/.test(space.key)) throw new Error(`Space key '${space.key}' must be alphanumeric`);
    if (this.store.spaceByKey(space.key)) throw new Error(`A space with key '${space.key}' already exists`);
    const authorId = space.authorId ?? this.users.find((u) => u.siteAdmin)?.accountId ?? APP_ACCOUNT_ID;
    const now = this.clock().toISOString();
    return this.store.transaction(() => {
      const id = this.store.nextId();
      const homepageId = this.store.nextId();
      this.store.insertSpace({
        id,
        key: space.key,
        name: space.name,
        authorId,
        createdAt: now,
        homepageId,
        permissions: space.permissions ?? null,
      });
      const title = `${space.name} Home`;
      this.store.insertPage(
        {
          id: homepageId,
          spaceId: id,
          status: 'current',
          title,
          parentId: null,
          authorId,
          ownerId: authorId,
          createdAt: now,
          version: 1,
        },
        {
          pageId: homepageId,
          number: 1,
          title,
          representation: 'storage',
          value: '',
          message: '',
          authorId,
          createdAt: now,
          minorEdit: false,
        },
      );
      return { id: String(id), homepageId: String(homepageId) };
    });
  }

  readonly handle: ProductHandler = async (request: ProductRequest): Promise<ProductAnswer> => {
    const url = new URL(request.path, 'https://sandbox.invalid');
    try {
      const handler = route(request.method, url.pathname);
      if (!handler) throw new ApiError(404, `No Confluence REST resource at ${url.pathname}`);
      const call: Call = {
        store: this.store,
        now: this.clock().toISOString(),
        principal: principalOf(request, this.users),
        users: this.users,
        pathname: url.pathname,
        query: url.searchParams,
        body: formBodyOf(request.body),
        attachments: this.attachments,
      };
      return handler(call);
    } catch (error) {
      if (error instanceof ApiError) return errorAnswer(error);
      const message = error instanceof Error ? error.message : String(error);
      return errorAnswer(new ApiError(500, `Sandbox Confluence failed: ${message}`, 'INTERNAL_SERVER_ERROR'));
    }
  };
}
