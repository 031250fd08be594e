import { jqlIn, jqlString, looksLikeJql, pickerJql } from '../../src/domain/jira/jqlText';
import { backoffSeconds, maxRaiseAttempts, retryDelaySeconds } from '../../src/domain/jira/raiseRetry';
import type { TrackedIssueRecord } from '../../src/domain/jira/trackedIssue';
import { isRaiseUnderWay, issueBrowseUrl, raiseProgress, withEvent } from '../../src/domain/jira/trackedIssueHistory';

const record = (over: Partial<TrackedIssueRecord> = {}): TrackedIssueRecord => ({
  subject: 'finding',
  subjectId: 'f-1',
  auditId: 'a-1',
  state: 'queued',
  issue: null,
  jobId: 'raise_1',
  attempts: 0,
  lastError: null,
  jira: null,
  history: [],
  ...over,
});
const at = '2026-11-24T09:00:00.000Z';

describe('raise retries', () => {
  it('backs off exponentially by attempt, capped at 300 s', () => {
    expect([1, 2, 3, 4, 8, 9, 10, 20].map(backoffSeconds)).toEqual([1, 2, 4, 8, 128, 256, 300, 300]);
  });

  it("waits Jira's Retry-After when it is longer than the back-off, never beyond a queue's 900 s", () => {
    expect(retryDelaySeconds(1, 30)).toBe(30);
    expect(retryDelaySeconds(9, 30)).toBe(256);
    expect(retryDelaySeconds(2, null)).toBe(2);
    expect(retryDelaySeconds(1, 5000)).toBe(900);
    expect(maxRaiseAttempts).toBe(8);
  });
});

describe('JQL the app writes', () => {
  it('quotes user text so it can never break out of a string', () => {
    expect(jqlString('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    expect(jqlIn('auditFindingId', ['f-1', 'f"2'])).toBe('auditFindingId in ("f-1", "f\\"2")');
  });

  it('reads a key as the key, operators as JQL, and plain words as a summary search in the projects', () => {
    expect(pickerJql(' nc-12 ', ['NC', 'CA'])).toBe('key = NC-12');
    expect(pickerJql('project = NC AND status = Open', ['NC'])).toBe('project = NC AND status = Open');
    expect(pickerJql('leavers kept VPN access in Q3', ['NC', 'CA'])).toBe(
      'project in ("NC", "CA") AND summary ~ "leavers kept VPN access in Q3" ORDER BY updated DESC',
    );
    expect(pickerJql('backup', [])).toBe('summary ~ "backup" ORDER BY updated DESC');
    expect(looksLikeJql('assignee is EMPTY')).toBe(true);
    expect(looksLikeJql('key in (NC-1, NC-2)')).toBe(true);
    expect(looksLikeJql('what is in scope')).toBe(false);
  });
});

describe('tracked issue history and progress', () => {
  it('links the issue by its current key, site-relative, whatever host Jira named when it was raised', () => {
    const raised = withEvent(record({ state: 'raised', issue: { id: '10001', key: 'NC-7' } }), {
      action: 'raised',
      issueKey: 'NC-1',
      at,
      by: 'app',
      note: 'https://helix.atlassian.net/browse/NC-1',
    });
    expect(issueBrowseUrl(raised)).toBe('/browse/NC-7');
    expect(issueBrowseUrl({ ...raised, state: 'unlinked', issue: null })).toBeNull();
    expect(issueBrowseUrl(record({ state: 'raised', issue: { id: '1', key: 'NC-1' } }))).toBe('/browse/NC-1');
  });

  it('keeps the first event and the latest ones when the history grows long', () => {
    let long = record();
    for (let i = 0; i < 150; i += 1)
      long = withEvent(long, { action: 'queued', issueKey: null, at, by: `u${i}`, note: null });
    expect(long.history).toHaveLength(100);
    expect(long.history[0]!.by).toBe('u0');
    expect(long.history[99]!.by).toBe('u149');
  });

  it('counts done, failed and remaining from the states', () => {
    expect(raiseProgress(5, ['raised', 'linked', 'failed', 'creating', 'queued'])).toEqual({
      done: 2,
      failed: 1,
      remaining: 2,
      finished: false,
    });
    expect(raiseProgress(2, ['raised', 'failed'])).toMatchObject({ remaining: 0, finished: true });
  });

  it('treats a queued or creating subject as under way for an hour, then as free to queue again', () => {
    const now = new Date('2026-11-24T10:00:00.000Z');
    expect(isRaiseUnderWay(record({ state: 'creating' }), '2026-11-24T09:30:00.000Z', now)).toBe(true);
    expect(isRaiseUnderWay(record({ state: 'creating' }), '2026-11-24T08:59:00.000Z', now)).toBe(false);
    expect(isRaiseUnderWay(record({ state: 'failed' }), '2026-11-24T09:59:00.000Z', now)).toBe(false);
  });
});
