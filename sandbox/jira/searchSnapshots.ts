import { createHash, randomBytes } from 'node:crypto';
import type { JqlIssue } from './jql';
import type { StoredIssue } from './model';

/**
 * What makes `search/jql` paging cheap and exact: the first page of a query sorts every match
 * once and keeps the ordered ids as a snapshot; `nextPageToken` names the snapshot and an offset,
 * so later pages are slices (no re-sorting, no duplicates or misses when issues change between
 * pages). Snapshots live in memory (the latest 200); a token whose snapshot is gone, e.g. after a
 * restart, re-runs the query and continues at its offset.
 *
 * Also caches each stored issue's JQL view (records are replaced on change, so a WeakMap is exact).
 */
export class SearchSnapshots {
  private static readonly LIMIT = 200;
  private readonly snapshots = new Map<string, { ids: string[]; fingerprint: string }>();
  private jqlViews = new WeakMap<StoredIssue, JqlIssue>();

  jqlView(issue: StoredIssue, build: (issue: StoredIssue) => JqlIssue): JqlIssue {
    let view = this.jqlViews.get(issue);
    if (!view) {
      view = build(issue);
      this.jqlViews.set(issue, view);
    }
    return view;
  }

  /** Forget cached JQL views (a project was renamed or reconfigured). */
  invalidate(): void {
    this.jqlViews = new WeakMap();
  }

  static fingerprint(jql: string, who: string): string {
    return createHash('sha256').update(`${who}\u0000${jql}`).digest('base64url').slice(0, 16);
  }

  keep(ids: string[], fingerprint: string): string {
    const id = randomBytes(9).toString('base64url');
    this.snapshots.set(id, { ids, fingerprint });
    if (this.snapshots.size > SearchSnapshots.LIMIT) this.snapshots.delete(this.snapshots.keys().next().value!);
    return id;
  }

  ids(snapshotId: string, fingerprint: string): string[] | undefined {
    const snapshot = this.snapshots.get(snapshotId);
    return snapshot?.fingerprint === fingerprint ? snapshot.ids : undefined;
  }

  static token(snapshotId: string, offset: number, fingerprint: string): string {
    return Buffer.from(JSON.stringify({ s: snapshotId, o: offset, f: fingerprint })).toString('base64url');
  }

  static readToken(token: string): { snapshotId: string; offset: number; fingerprint: string } | undefined {
    try {
      const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
        s?: unknown;
        o?: unknown;
        f?: unknown;
      };
      if (typeof parsed.s !== 'string' || typeof parsed.f !== 'string') return undefined;
      if (typeof parsed.o !== 'number' || !Number.isInteger(parsed.o) || parsed.o < 0) return undefined;
      return { snapshotId: parsed.s, offset: parsed.o, fingerprint: parsed.f };
    } catch {
      return undefined;
    }
  }
}
