import { Failure, invalidInput } from '../../domain/failure';
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
 * The page for a record: the one written before (unless edited in Confluence since, or unchanged),
 * else a page with the record's title — the app may have created it and failed before saving its id —
 * else a new one. Writing again updates the same page and never makes a second one.
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
  return updateOver(pages, kind, adopted, adopted.version, target);
}

/** The site-relative link (Confluence's `webui` is relative to the wiki, which lives under `/wiki`). */
export const siteLink = (webui: string | null) =>
  webui ? (webui.startsWith('/wiki/') ? webui : `/wiki${webui}`) : null;

/**
 * The programme's ISMS space, where the app writes its pages; a refusal naming `field` when the
 * programme has none or the app cannot see it.
 */
export async function ismsSpaceOf(services: AppServices, programmeId: string, field: string): Promise<ConfluenceSpace> {
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
  return space;
}
