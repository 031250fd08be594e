import type BetterSqlite3 from 'better-sqlite3';
import type {
  IssueTypeRecord,
  ProjectRecord,
  StatusCategoryKey,
  StatusRecord,
  StoredComment,
  StoredIssue,
  StoredLink,
} from './model';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS jira_sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS jira_fields (field_key TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS jira_statuses (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, category TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_issue_types (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_projects (id TEXT PRIMARY KEY, project_key TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_issues (id INTEGER PRIMARY KEY, issue_key TEXT NOT NULL UNIQUE, project_id TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_comments (id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS jira_comments_by_issue ON jira_comments (issue_id, id);
CREATE TABLE IF NOT EXISTS jira_issue_links (id INTEGER PRIMARY KEY, type_id TEXT NOT NULL, inward_issue_id INTEGER NOT NULL, outward_issue_id INTEGER NOT NULL);
`;

/** First values of Jira's id sequences (ids below are Jira's built-ins). */
const SEQUENCE_START: Record<string, number> = {
  issue: 10000,
  project: 10000,
  status: 10000,
  issuetype: 10001,
  comment: 10000,
  link: 10000,
  field: 10050,
};

/**
 * The emulated Jira's persistence: tables prefixed `jira_` in the platform's SQLite database,
 * documents as JSON. Issues and links are also held in memory (loaded once, written through), so
 * searches never touch SQLite; comments are read from SQLite when asked for.
 */
export class JiraStore {
  private readonly issues = new Map<string, StoredIssue>();
  private readonly idsByKey = new Map<string, string>();
  private readonly links = new Map<string, StoredLink>();
  private readonly linkIdsByIssue = new Map<string, Set<string>>();

  constructor(private readonly db: BetterSqlite3.Database) {
    db.exec(SCHEMA);
    for (const row of db.prepare('SELECT doc FROM jira_issues ORDER BY id').all() as Array<{ doc: string }>) {
      this.cache(JSON.parse(row.doc) as StoredIssue);
    }
    const linkRows = db.prepare('SELECT * FROM jira_issue_links').all() as Array<{
      id: number;
      type_id: string;
      inward_issue_id: number;
      outward_issue_id: number;
    }>;
    for (const row of linkRows) {
      this.cacheLink({
        id: String(row.id),
        typeId: row.type_id,
        inwardIssueId: String(row.inward_issue_id),
        outwardIssueId: String(row.outward_issue_id),
      });
    }
  }

  /** Runs `work` in one SQLite transaction (bulk create). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** The next value of a named sequence (ids, per-project issue numbers); never reused. */
  next(name: string): number {
    const start = SEQUENCE_START[name] ?? 1;
    const row = this.db
      .prepare(
        `INSERT INTO jira_sequences (name, value) VALUES (?, ?)
         ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
      )
      .get(name, start) as { value: number };
    return row.value;
  }

  // --- configuration --------------------------------------------------------------------------

  fieldIds(): Map<string, string> {
    const rows = this.db.prepare('SELECT field_key, id FROM jira_fields').all() as Array<{
      field_key: string;
      id: string;
    }>;
    return new Map(rows.map((row) => [row.field_key, row.id]));
  }

  saveFieldId(key: string, id: string): void {
    this.db.prepare('INSERT OR IGNORE INTO jira_fields (field_key, id) VALUES (?, ?)').run(key, id);
  }

  statuses(): StatusRecord[] {
    return this.db
      .prepare('SELECT id, name, category FROM jira_statuses ORDER BY CAST(id AS INTEGER)')
      .all() as StatusRecord[];
  }

  /** The status of that name (its category updated), created if new. */
  ensureStatus(name: string, category: StatusCategoryKey): StatusRecord {
    const found = this.db.prepare('SELECT id, name, category FROM jira_statuses WHERE name = ?').get(name) as
      StatusRecord | undefined;
    if (found) {
      if (found.category !== category) {
        this.db.prepare('UPDATE jira_statuses SET category = ? WHERE id = ?').run(category, found.id);
      }
      return { ...found, category };
    }
    const id = String(this.next('status'));
    this.db.prepare('INSERT INTO jira_statuses (id, name, category) VALUES (?, ?, ?)').run(id, name, category);
    return { id, name, category };
  }

  issueTypes(): IssueTypeRecord[] {
    return this.db
      .prepare('SELECT id, name, description FROM jira_issue_types ORDER BY CAST(id AS INTEGER)')
      .all() as IssueTypeRecord[];
  }

  ensureIssueType(name: string, description: string): IssueTypeRecord {
    const found = this.db.prepare('SELECT id, name, description FROM jira_issue_types WHERE name = ?').get(name) as
      IssueTypeRecord | undefined;
    if (found) {
      if (found.description !== description) {
        this.db.prepare('UPDATE jira_issue_types SET description = ? WHERE id = ?').run(description, found.id);
      }
      return { ...found, description };
    }
    const id = String(this.next('issuetype'));
    this.db.prepare('INSERT INTO jira_issue_types (id, name, description) VALUES (?, ?, ?)').run(id, name, description);
    return { id, name, description };
  }

  projects(): ProjectRecord[] {
    const rows = this.db.prepare('SELECT doc FROM jira_projects ORDER BY CAST(id AS INTEGER)').all() as Array<{
      doc: string;
    }>;
    return rows.map((row) => JSON.parse(row.doc) as ProjectRecord);
  }

  projectIdForKey(key: string): string | undefined {
    const row = this.db.prepare('SELECT id FROM jira_projects WHERE project_key = ?').get(key) as
      { id: string } | undefined;
    return row?.id;
  }

  saveProject(project: ProjectRecord): void {
    this.db
      .prepare(
        `INSERT INTO jira_projects (id, project_key, doc) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET project_key = excluded.project_key, doc = excluded.doc`,
      )
      .run(project.id, project.key, JSON.stringify(project));
  }

  // --- issues ---------------------------------------------------------------------------------

  issue(id: string): StoredIssue | undefined {
    return this.issues.get(id);
  }

  /** By id, or by key ignoring case (as Jira finds `nc-1`). */
  findIssue(idOrKey: string): StoredIssue | undefined {
    if (/^\d+$/.test(idOrKey)) return this.issues.get(idOrKey);
    const id = this.idsByKey.get(idOrKey.toUpperCase());
    return id === undefined ? undefined : this.issues.get(id);
  }

  allIssues(): IterableIterator<StoredIssue> {
    return this.issues.values();
  }

  saveIssue(issue: StoredIssue): void {
    this.db
      .prepare(
        `INSERT INTO jira_issues (id, issue_key, project_id, doc) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET issue_key = excluded.issue_key, project_id = excluded.project_id, doc = excluded.doc`,
      )
      .run(Number(issue.id), issue.key, issue.projectId, JSON.stringify(issue));
    this.cache(issue);
  }

  deleteIssue(issue: StoredIssue): void {
    this.transaction(() => {
      this.db.prepare('DELETE FROM jira_issues WHERE id = ?').run(Number(issue.id));
      this.db.prepare('DELETE FROM jira_comments WHERE issue_id = ?').run(Number(issue.id));
      this.db
        .prepare('DELETE FROM jira_issue_links WHERE inward_issue_id = ? OR outward_issue_id = ?')
        .run(Number(issue.id), Number(issue.id));
    });
    this.issues.delete(issue.id);
    this.idsByKey.delete(issue.key.toUpperCase());
    for (const link of this.linksOf(issue.id)) this.uncacheLink(link);
  }

  private cache(issue: StoredIssue): void {
    this.issues.set(issue.id, issue);
    this.idsByKey.set(issue.key.toUpperCase(), issue.id);
  }

  // --- comments -------------------------------------------------------------------------------

  comments(issueId: string): StoredComment[] {
    const rows = this.db
      .prepare('SELECT doc FROM jira_comments WHERE issue_id = ? ORDER BY id')
      .all(Number(issueId)) as Array<{
      doc: string;
    }>;
    return rows.map((row) => JSON.parse(row.doc) as StoredComment);
  }

  saveComment(comment: StoredComment): void {
    this.db
      .prepare('INSERT INTO jira_comments (id, issue_id, doc) VALUES (?, ?, ?)')
      .run(Number(comment.id), Number(comment.issueId), JSON.stringify(comment));
  }

  // --- links ----------------------------------------------------------------------------------

  link(id: string): StoredLink | undefined {
    return this.links.get(id);
  }

  /** The issue's links, oldest first. */
  linksOf(issueId: string): StoredLink[] {
    const ids = [...(this.linkIdsByIssue.get(issueId) ?? [])].sort((a, b) => Number(a) - Number(b));
    return ids.map((id) => this.links.get(id)!);
  }

  saveLink(link: StoredLink): void {
    this.db
      .prepare('INSERT INTO jira_issue_links (id, type_id, inward_issue_id, outward_issue_id) VALUES (?, ?, ?, ?)')
      .run(Number(link.id), link.typeId, Number(link.inwardIssueId), Number(link.outwardIssueId));
    this.cacheLink(link);
  }

  deleteLink(link: StoredLink): void {
    this.db.prepare('DELETE FROM jira_issue_links WHERE id = ?').run(Number(link.id));
    this.uncacheLink(link);
  }

  private cacheLink(link: StoredLink): void {
    this.links.set(link.id, link);
    for (const issueId of [link.inwardIssueId, link.outwardIssueId]) {
      const ids = this.linkIdsByIssue.get(issueId) ?? new Set<string>();
      ids.add(link.id);
      this.linkIdsByIssue.set(issueId, ids);
    }
  }

  private uncacheLink(link: StoredLink): void {
    this.links.delete(link.id);
    for (const issueId of [link.inwardIssueId, link.outwardIssueId]) this.linkIdsByIssue.get(issueId)?.delete(link.id);
  }
}
