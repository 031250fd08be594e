import { conflict, Failure, forbidden, invalidInput } from '../../domain/failure';
import type { ConfluencePage, ConfluencePages, ConfluenceSpace } from '../../ports/confluence';
import type { AppServices } from '../services';

/** What the app means to write: a storage body under a title in a space. */
export interface PageTarget {
  space: ConfluenceSpace;
  title: string;
  storage: string;
  /** The caller agreed to overwrite a page someone edited in Confluence since the app wrote it. */
  replaceEditedPage: boolean;
}

/** How one kind of page (plan, report) is compared and refused. */
export interface PageKind {
  /** The body without what moves with every write (a provenance line): equal means nothing to write. */
  contentOf(storage: string): string;
  /** The refusal when someone edited the page since the app wrote version `ours`. */
  edited(title: string, ours: number, theirs: number): Failure;
  /** The version message Confluence shows in the page history. */
  message: string;
}

/** The page the app wrote before: its id and the version it wrote last. */
export interface PreviousPage {
  pageId: string;
  version: number;
}

const createIn = (pages: ConfluencePages, target: PageTarget) =>
  pages.createPage({ spaceId: target.space.id, title: target.title, storage: target.storage });

const unchanged = (kind: PageKind, page: ConfluencePage, target: PageTarget) =>
  page.title === target.title && kind.contentOf(page.storage) === kind.contentOf(target.storage);

/**
 * Writes `target` over `page`, whose version `ours` the app knows it wrote (or adopted). Confluence
 * answers 409 when someone saved in between: read the page again and retry once, unless that save was
 * an edit the caller has not agreed to overwrite.
 */
async function updateOver(
  pages: ConfluencePages,
  kind: PageKind,
  page: ConfluencePage,
  ours: number,
  target: PageTarget,
): Promise<{ page: ConfluencePage; created: boolean }> {
  const update = (base: ConfluencePage) =>
    pages.updatePage({
      pageId: base.id,
      title: target.title,
      storage: target.storage,
      version: base.version + 1,
      message: kind.message,
    });
  try {
    return { page: await update(page), created: false };
  } catch (error) {
    if (!(error instanceof Failure) || error.code !== 'conflict') throw error;
    const reread = await pages.getPage(page.id);
    if (!reread) return { page: await createIn(pages, target), created: true };
    // Another write of the same record got there first: the page already says what we meant to write.
    if (unchanged(kind, reread, target)) return { page: reread, created: false };
    if (reread.version > ours && !target.replaceEditedPage) throw kind.edited(target.title, ours, reread.version);
    return { page: await update(reread), created: false };
  }
}

/**
 * A page with the record's title that the app has no record of writing. It may be the app's own
 * (created, then its id lost in a crash) or anyone's — the app cannot tell, and the title alone
 * proves nothing — so it is overwritten only with the caller's consent, the same consent that
 * replaces an edited page. Unchanged content needs no write, so it is taken as it is.
 */
const titleTaken = (title: string) =>
  conflict(
    `A Confluence page titled "${title}" already exists in the space and the app has no record of writing it. ` +
      'Rename or move that page, or publish again choosing to replace it.',
    'replaceEditedPage',
  );

/**
 * The page for a record: the one written before (unless edited in Confluence since, or unchanged),
 * else a page with the record's title when the caller agreed to replace it (or it already says the
 * same) — the app may have created it and failed before saving its id — else a new one. Writing
 * again updates the same page and never makes a second one.
 */
export async function writeAppPage(
  pages: ConfluencePages,
  kind: PageKind,
  previous: PreviousPage | null,
  target: PageTarget,
): Promise<{ page: ConfluencePage; created: boolean }> {
  const written = previous ? await pages.getPage(previous.pageId) : null;
  if (written && previous) {
    if (written.version > previous.version && !target.replaceEditedPage) {
      throw kind.edited(target.title, previous.version, written.version);
    }
    if (unchanged(kind, written, target)) return { page: written, created: false };
    return updateOver(pages, kind, written, written.version, target);
  }
  const adopted = await pages.findPageByTitle(target.space.id, target.title);
  if (!adopted) return { page: await createIn(pages, target), created: true };
  if (unchanged(kind, adopted, target)) return { page: adopted, created: false };
  if (!target.replaceEditedPage) throw titleTaken(target.title);
  return updateOver(pages, kind, adopted, adopted.version, target);
}

/**
 * The app writes its pages as itself (asApp), so Confluence would let it write where the person
 * asking could not. Before any such write the person's OWN space permission is asked (as them):
 * they must be able to add pages in the space, or the app refuses and writes nothing.
 */
export async function requireMayAddPages(services: AppServices, accountId: string, space: ConfluenceSpace) {
  if (!(await services.confluence.asUser(accountId).mayAddPagesIn(space.id))) {
    throw forbidden(
      `You cannot add pages to the Confluence space ${space.key}: the app writes there only for people who could ` +
        'write there themselves. Ask a space admin for the permission, or choose another space.',
    );
  }
}

/**
 * The programme's ISMS space, where the app writes its pages for `publisherId`; a refusal naming
 * `field` when the programme has none or the app cannot see it, and `forbidden` when the publisher
 * may not add pages there themselves.
 */
export async function ismsSpaceOf(
  services: AppServices,
  programmeId: string,
  field: string,
  publisherId: string,
): Promise<ConfluenceSpace> {
  const programme = await services.store.get('auditProgramme', programmeId);
  const spaceKey = programme?.record.ismsSpaceKey;
  if (!programme || !spaceKey) throw invalidInput(field, 'Choose the ISMS space of the programme first');
  const space = await services.confluence.asApp().spaceByKey(spaceKey);
  if (!space) {
    throw invalidInput(
      field,
      `The programme's ISMS space ${spaceKey} does not exist or the app cannot see it: choose another space or grant the app access`,
    );
  }
  await requireMayAddPages(services, publisherId, space);
  return space;
}
