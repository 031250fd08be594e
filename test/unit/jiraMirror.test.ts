import { reconcileMirror, repairNote } from '../../src/domain/jira/mirrorDrift';
import { JiraIssueEventPayload, observationOf } from '../../src/domain/jira/mirrorEvent';
import {
  jiraInstant,
  observeDeletion,
  observeIssue,
  type IssueObservation,
} from '../../src/domain/jira/mirrorObservation';
import type { JiraMirror } from '../../src/domain/jira/trackedIssue';

const at = (minute: number) => `2026-11-24T09:${String(minute).padStart(2, '0')}:00.000+0000`;
const seen = (minute: number, change: Partial<IssueObservation> = {}): IssueObservation => ({
  status: 'Action planned',
  statusCategory: 'indeterminate',
  dueDate: '2027-01-08',
  assigneeId: 'owner-1',
  updated: at(minute),
  ...change,
});

/** Every order of a list (small lists only). */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('the Jira mirror of a tracked issue', () => {
  it('reads Jira timestamps as instants, whatever the offset', () => {
    expect(jiraInstant('2026-11-24T10:00:00.000+0100')).toBe(jiraInstant('2026-11-24T09:00:00.000Z'));
    expect(() => jiraInstant('yesterday')).toThrow('Not a Jira timestamp');
  });

  it('takes a newer observation and ignores an older or equal one', () => {
    const first = observeIssue(null, seen(1)).mirror;
    const newer = observeIssue(first, seen(2, { status: 'Implemented' }));
    expect(newer).toEqual({
      changed: true,
      mirror: expect.objectContaining({ status: 'Implemented', updated: at(2) }),
    });
    expect(observeIssue(newer.mirror, seen(1, { status: 'To Do' }))).toEqual({ mirror: newer.mirror, changed: false });
    expect(observeIssue(newer.mirror, seen(2, { status: 'Implemented' })).changed).toBe(false);
  });

  it('converges on the newest state for every delivery order, duplicates included', () => {
    const events = [
      seen(1),
      seen(2, { assigneeId: 'owner-2' }),
      seen(3, { status: 'Implemented', dueDate: null }),
      seen(2, { assigneeId: 'owner-2' }),
    ];
    const results = permutations(events).map((order) =>
      order.reduce<JiraMirror | null>((mirror, event) => observeIssue(mirror, event).mirror, null),
    );
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]).toEqual({ ...seen(3, { status: 'Implemented', dueDate: null }), deleted: false });
  });

  it('keeps a due date or assignee an event leaves out', () => {
    const first = observeIssue(null, seen(1)).mirror;
    const next = observeIssue(first, seen(2, { dueDate: undefined, assigneeId: undefined, status: 'Implemented' }));
    expect(next.mirror).toMatchObject({ status: 'Implemented', dueDate: '2027-01-08', assigneeId: 'owner-1' });
  });

  it('stays deleted once deleted, in whatever order the deletion arrives', () => {
    const first = observeIssue(null, seen(1)).mirror;
    const deleted = observeDeletion(first, seen(1))!;
    expect(deleted).toEqual({ changed: true, mirror: { ...first, deleted: true } });
    expect(observeIssue(deleted.mirror, seen(5, { status: 'Closed' })).mirror).toMatchObject({
      status: 'Closed',
      deleted: true,
    });
    expect(observeIssue(deleted.mirror, seen(1)).changed).toBe(false);
    expect(observeDeletion(deleted.mirror, null)!.changed).toBe(false);
    expect(observeDeletion(null, seen(1))!.mirror.deleted).toBe(true);
    expect(observeDeletion(null, null)).toBeNull();
  });

  it('ends in the same deleted mirror when the deletion overtakes the last update', () => {
    const created = observeIssue(null, seen(1)).mirror;
    const update = seen(2, { status: 'Implemented' });
    const deletion = seen(2, { status: 'Implemented' }); // a deletion carries the fields as they were
    const inOrder = observeDeletion(observeIssue(created, update).mirror, deletion)!.mirror;
    const overtaken = observeIssue(observeDeletion(created, deletion)!.mirror, update).mirror;
    expect(overtaken).toEqual(inOrder);
    expect(inOrder).toMatchObject({ status: 'Implemented', deleted: true });
  });

  it('reads an issue event payload, and refuses one without a usable timestamp', () => {
    const event = JiraIssueEventPayload.parse({
      eventType: 'avi:jira:updated:issue',
      issue: {
        id: '10001',
        key: 'CA-1',
        fields: {
          status: { name: 'Implemented', statusCategory: { key: 'indeterminate' } },
          duedate: '2027-01-08',
          assignee: null,
          updated: at(4),
          summary: 'ignored',
        },
      },
      timestamp: 1,
      selfGenerated: false,
    });
    expect(observationOf(event)).toEqual({
      status: 'Implemented',
      statusCategory: 'indeterminate',
      dueDate: '2027-01-08',
      assigneeId: null,
      updated: at(4),
    });
    const bad = JiraIssueEventPayload.safeParse({ ...event, issue: { ...event.issue, fields: { updated: 'soon' } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['issue', 'fields', 'updated']);
  });
});

describe('drift between the mirror and Jira', () => {
  const mirror = observeIssue(null, seen(1)).mirror;

  it('finds nothing when only nothing changed', () => {
    expect(reconcileMirror(mirror, seen(1), '2027-01-08')).toEqual({
      mirror,
      repairs: [],
      resetDueDate: null,
      changed: false,
    });
  });

  it('follows Jira for status and assignee, noting old → new', () => {
    const drift = reconcileMirror(mirror, seen(3, { status: 'Implemented', assigneeId: null }), '2027-01-08');
    expect(drift.repairs).toEqual([
      { field: 'status', from: 'Action planned', to: 'Implemented' },
      { field: 'assignee', from: 'owner-1', to: null },
    ]);
    expect(repairNote(drift.repairs)).toBe('status: Action planned → Implemented; assignee: owner-1 → none');
    expect(drift.mirror).toMatchObject({ status: 'Implemented', assigneeId: null, updated: at(3) });
  });

  it("sets a hand-edited due date back to the app's, whether or not an event brought it into the mirror", () => {
    const lost = reconcileMirror(mirror, seen(3, { dueDate: '2027-03-01' }), '2027-01-08');
    expect(lost.resetDueDate).toBe('2027-01-08');
    expect(lost.repairs).toEqual([{ field: 'dueDate', from: '2027-03-01', to: '2027-01-08' }]);
    expect(lost.mirror?.dueDate).toBe('2027-01-08');

    const mirrored = observeIssue(mirror, seen(3, { dueDate: '2027-03-01' })).mirror;
    const drift = reconcileMirror(mirrored, seen(3, { dueDate: '2027-03-01' }), '2027-01-08');
    expect(drift.repairs).toEqual([{ field: 'dueDate', from: '2027-03-01', to: '2027-01-08' }]);
    expect(drift.resetDueDate).toBe('2027-01-08');
  });

  it("mirrors Jira's due date where the app sets none", () => {
    const drift = reconcileMirror(mirror, seen(3, { dueDate: '2027-03-01' }), null);
    expect(drift).toMatchObject({ resetDueDate: null, repairs: [{ field: 'dueDate', to: '2027-03-01' }] });
  });

  it('keeps a mirror newer than the fetch, and marks a gone issue deleted once', () => {
    const newer = observeIssue(mirror, seen(9, { status: 'Implemented' })).mirror;
    expect(reconcileMirror(newer, seen(5, { status: 'To Do' }), '2027-01-08').changed).toBe(false);
    const gone = reconcileMirror(mirror, 'gone', '2027-01-08');
    expect(gone).toMatchObject({ changed: true, repairs: [{ field: 'deleted', from: 'no', to: 'yes' }] });
    expect(reconcileMirror(gone.mirror, 'gone', null).changed).toBe(false);
  });
});
