import type { Database, Statement } from 'better-sqlite3';
import type { Representation } from './bodies';

/**
 * The emulated Confluence's SQLite tables (all prefixed `confluence_`). Ids are numbers from one
 * sequence, like Confluence's content ids; the API speaks them as strings. Every page version is
 * kept with its title and body.
 */
export type Access = 'read' | 'write';

export interface SpaceRow {
  id: number;
  key: string;
  name: string;
  authorId: string;
  createdAt: string;
  homepageId: number | null;
  /** accountId → access; null means every user may read and write. */
  permissions: Record<string, Access[]> | null;
}

export interface PageRow {
  id: number;
  spaceId: number;
  status: 'current' | 'trashed';
  title: string;
  parentId: number | null;
  authorId: string;
  ownerId: string;
  createdAt: string;
  version: number;
}

export interface VersionRow {
  pageId: number;
  number: number;
  title: string;
  representation: Representation;
  value: string;
  message: string;
  authorId: string;
  createdAt: string;
  minorEdit: boolean;
}

export interface PropertyRow {
  id: number;
  pageId: number;
  key: string;
  /** The property's JSON value, parsed. */
  value: unknown;
  version: number;
  message: string;
  authorId: string;
  createdAt: string;
  minorEdit: boolean;
}

const schema = `
CREATE TABLE IF NOT EXISTS confluence_sequence (id INTEGER PRIMARY KEY AUTOINCREMENT);
CREATE TABLE IF NOT EXISTS confluence_spaces (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, author_id TEXT NOT NULL,
  created_at TEXT NOT NULL, homepage_id INTEGER, permissions TEXT);
CREATE TABLE IF NOT EXISTS confluence_pages (
  id INTEGER PRIMARY KEY, space_id INTEGER NOT NULL, status TEXT NOT NULL, title TEXT NOT NULL,
  parent_id INTEGER, author_id TEXT NOT NULL, owner_id TEXT NOT NULL, created_at TEXT NOT NULL,
  version INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS confluence_pages_space ON confluence_pages (space_id, status);
CREATE TABLE IF NOT EXISTS confluence_page_versions (
  page_id INTEGER NOT NULL, number INTEGER NOT NULL, title TEXT NOT NULL, representation TEXT NOT NULL,
  value TEXT NOT NULL, message TEXT NOT NULL, author_id TEXT NOT NULL, created_at TEXT NOT NULL,
  minor_edit INTEGER NOT NULL, PRIMARY KEY (page_id, number));
CREATE TABLE IF NOT EXISTS confluence_page_properties (
  id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  version INTEGER NOT NULL, message TEXT NOT NULL, author_id TEXT NOT NULL, created_at TEXT NOT NULL,
  minor_edit INTEGER NOT NULL, UNIQUE (page_id, key));
`;

/** Content ids start here, so they look like a site's (and never collide with small test numbers). */
const FIRST_ID = 65537;

type Raw = Record<string, unknown>;

const spaceFrom = (r: Raw): SpaceRow => ({
  id: r.id as number,
  key: r.key as string,
  name: r.name as string,
  authorId: r.author_id as string,
  createdAt: r.created_at as string,
  homepageId: (r.homepage_id as number | null) ?? null,
  permissions: r.permissions === null ? null : (JSON.parse(r.permissions as string) as Record<string, Access[]>),
});

const pageFrom = (r: Raw): PageRow => ({
  id: r.id as number,
  spaceId: r.space_id as number,
  status: r.status as PageRow['status'],
  title: r.title as string,
  parentId: (r.parent_id as number | null) ?? null,
  authorId: r.author_id as string,
  ownerId: r.owner_id as string,
  createdAt: r.created_at as string,
  version: r.version as number,
});

const versionFrom = (r: Raw): VersionRow => ({
  pageId: r.page_id as number,
  number: r.number as number,
  title: r.title as string,
  representation: r.representation as Representation,
  value: r.value as string,
  message: r.message as string,
  authorId: r.author_id as string,
  createdAt: r.created_at as string,
  minorEdit: r.minor_edit === 1,
});

const propertyFrom = (r: Raw): PropertyRow => ({
  id: r.id as number,
  pageId: r.page_id as number,
  key: r.key as string,
  value: JSON.parse(r.value as string) as unknown,
  version: r.version as number,
  message: r.message as string,
  authorId: r.author_id as string,
  createdAt: r.created_at as string,
  minorEdit: r.minor_edit === 1,
});

export class ConfluenceStore {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly database: Database) {
    database.exec(schema);
    const seeded = this.db.prepare('SELECT COUNT(*) AS n FROM confluence_sequence').get() as { n: number };
    if (seeded.n === 0) this.db.prepare('INSERT INTO confluence_sequence (id) VALUES (?)').run(FIRST_ID - 1);
  }

  /** Prepared statements, each prepared once. */
  private get db(): { prepare(sql: string): Statement } {
    return {
      prepare: (sql) => {
        let statement = this.statements.get(sql);
        if (!statement) {
          statement = this.database.prepare(sql);
          this.statements.set(sql, statement);
        }
        return statement;
      },
    };
  }

  transaction<T>(work: () => T): T {
    return this.database.transaction(work)();
  }

  nextId(): number {
    return Number(this.db.prepare('INSERT INTO confluence_sequence DEFAULT VALUES').run().lastInsertRowid);
  }

  insertSpace(space: SpaceRow): void {
    this.db
      .prepare(
        `INSERT INTO confluence_spaces (id, key, name, author_id, created_at, homepage_id, permissions)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        space.id,
        space.key,
        space.name,
        space.authorId,
        space.createdAt,
        space.homepageId,
        space.permissions === null ? null : JSON.stringify(space.permissions),
      );
  }

  space(id: number): SpaceRow | undefined {
    const row = this.db.prepare('SELECT * FROM confluence_spaces WHERE id = ?').get(id) as Raw | undefined;
    return row && spaceFrom(row);
  }

  spaceByKey(key: string): SpaceRow | undefined {
    const row = this.db.prepare('SELECT * FROM confluence_spaces WHERE key = ?').get(key) as Raw | undefined;
    return row && spaceFrom(row);
  }

  spaces(): SpaceRow[] {
    return (this.db.prepare('SELECT * FROM confluence_spaces ORDER BY id').all() as Raw[]).map(spaceFrom);
  }

  insertPage(page: PageRow, first: VersionRow): void {
    this.db
      .prepare(
        `INSERT INTO confluence_pages (id, space_id, status, title, parent_id, author_id, owner_id, created_at, version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        page.id,
        page.spaceId,
        page.status,
        page.title,
        page.parentId,
        page.authorId,
        page.ownerId,
        page.createdAt,
        page.version,
      );
    this.insertVersion(first);
  }

  updatePage(page: PageRow): void {
    this.db
      .prepare(
        'UPDATE confluence_pages SET status = ?, title = ?, parent_id = ?, owner_id = ?, version = ? WHERE id = ?',
      )
      .run(page.status, page.title, page.parentId, page.ownerId, page.version, page.id);
  }

  page(id: number): PageRow | undefined {
    const row = this.db.prepare('SELECT * FROM confluence_pages WHERE id = ?').get(id) as Raw | undefined;
    return row && pageFrom(row);
  }

  pages(): PageRow[] {
    return (this.db.prepare('SELECT * FROM confluence_pages ORDER BY id').all() as Raw[]).map(pageFrom);
  }

  pagesInSpace(spaceId: number): PageRow[] {
    return (this.db.prepare('SELECT * FROM confluence_pages WHERE space_id = ?').all(spaceId) as Raw[]).map(pageFrom);
  }

  setSpaceHomepage(spaceId: number, pageId: number): void {
    this.db.prepare('UPDATE confluence_spaces SET homepage_id = ? WHERE id = ?').run(pageId, spaceId);
  }

  /** Moves a trashed page's children up to its parent, as Confluence does. */
  reparentChildren(pageId: number, newParentId: number | null): void {
    this.db.prepare('UPDATE confluence_pages SET parent_id = ? WHERE parent_id = ?').run(newParentId, pageId);
  }

  purgePage(pageId: number): void {
    this.db.prepare('DELETE FROM confluence_page_properties WHERE page_id = ?').run(pageId);
    this.db.prepare('DELETE FROM confluence_page_versions WHERE page_id = ?').run(pageId);
    this.db.prepare('DELETE FROM confluence_pages WHERE id = ?').run(pageId);
  }

  insertVersion(version: VersionRow): void {
    this.db
      .prepare(
        `INSERT INTO confluence_page_versions
         (page_id, number, title, representation, value, message, author_id, created_at, minor_edit)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        version.pageId,
        version.number,
        version.title,
        version.representation,
        version.value,
        version.message,
        version.authorId,
        version.createdAt,
        version.minorEdit ? 1 : 0,
      );
  }

  version(pageId: number, number: number): VersionRow | undefined {
    const row = this.db
      .prepare('SELECT * FROM confluence_page_versions WHERE page_id = ? AND number = ?')
      .get(pageId, number) as Raw | undefined;
    return row && versionFrom(row);
  }

  versions(pageId: number): VersionRow[] {
    return (
      this.db.prepare('SELECT * FROM confluence_page_versions WHERE page_id = ? ORDER BY number').all(pageId) as Raw[]
    ).map(versionFrom);
  }

  properties(pageId: number): PropertyRow[] {
    return (
      this.db.prepare('SELECT * FROM confluence_page_properties WHERE page_id = ? ORDER BY id').all(pageId) as Raw[]
    ).map(propertyFrom);
  }

  property(pageId: number, id: number): PropertyRow | undefined {
    const row = this.db
      .prepare('SELECT * FROM confluence_page_properties WHERE page_id = ? AND id = ?')
      .get(pageId, id) as Raw | undefined;
    return row && propertyFrom(row);
  }

  saveProperty(property: PropertyRow): void {
    this.db
      .prepare(
        `INSERT INTO confluence_page_properties
         (id, page_id, key, value, version, message, author_id, created_at, minor_edit)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET key = excluded.key, value = excluded.value, version = excluded.version,
           message = excluded.message, author_id = excluded.author_id, created_at = excluded.created_at,
           minor_edit = excluded.minor_edit`,
      )
      .run(
        property.id,
        property.pageId,
        property.key,
        JSON.stringify(property.value),
        property.version,
        property.message,
        property.authorId,
        property.createdAt,
        property.minorEdit ? 1 : 0,
      );
  }

  deleteProperty(pageId: number, id: number): void {
    this.db.prepare('DELETE FROM confluence_page_properties WHERE page_id = ? AND id = ?').run(pageId, id);
  }
}
