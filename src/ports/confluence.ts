import type { ConfluenceAttachments } from './confluenceAttachments';

/** A Confluence page as the app reads it: storage-format body of one version. */
export interface ConfluencePage {
  id: string;
  title: string;
  spaceId: string;
  version: number;
  /** Storage-format XHTML of that version. */
  storage: string;
  /** Site-relative link to the page (`/spaces/ISMS/pages/…`). */
  webui: string | null;
}

export interface ConfluenceSpace {
  id: string;
  key: string;
  name: string;
}

/**
 * The Confluence pages the app publishes and reads (REST v2, storage format). The adapter maps the
 * product's answers to `Failure`s; a stale version on update is `conflict`.
 */
/** A new version of a page: its body as storage XHTML (and ADF when the app has it), with a version message. */
export interface PageUpdate {
  pageId: string;
  title: string;
  storage: string;
  adf?: object;
  version: number;
  message?: string;
}

export interface ConfluencePages {
  spaceByKey(key: string): Promise<ConfluenceSpace | null>;
  /** Titles are unique in a space, so this finds a page the app may have created before a crash. */
  findPageByTitle(spaceId: string, title: string): Promise<ConfluencePage | null>;
  /**
   * May the acting account add (and so edit) pages in the space? Asked as a user, it is that user's
   * own space permission — what the app checks before it writes there as itself on their behalf.
   * False when the space does not exist or the account cannot see it.
   */
  mayAddPagesIn(spaceId: string): Promise<boolean>;
  /** The page's current version, or the given one; null when it does not exist (or is not visible). */
  getPage(pageId: string, version?: number): Promise<ConfluencePage | null>;
  /**
   * Writes the body as storage-format XHTML, or — when `adf` is given — as an ADF document (what a
   * page with the app's own macros needs). The answer's `storage` is what was sent for a storage
   * body; for an ADF body read the page again to get Confluence's storage rendering.
   */
  createPage(page: { spaceId: string; title: string; storage: string; adf?: object }): Promise<ConfluencePage>;
  /** `version` is the new version number (current + 1); a stale one fails with `conflict`. */
  updatePage(page: PageUpdate): Promise<ConfluencePage>;
}

/** Confluence as the app (after the entry layer checked the caller) or as the calling user. */
export interface ConfluenceAccess {
  asApp(): ConfluencePages;
  asUser(accountId: string): ConfluencePages;
  /** Files on pages, as the app: evidence files live on the audit's page in the ISMS space. */
  filesAsApp(): ConfluenceAttachments;
}
