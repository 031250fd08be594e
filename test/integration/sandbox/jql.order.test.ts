import { compileJql } from '../../../sandbox/jira/jql';
import { schema, ISSUES, context, search, ordered, errorOf, except } from './jql.fixture';

describe('JQL: precedence and NOT', () => {
  it('AND binds tighter than OR; parentheses override', () => {
    expect(search('project = CA OR status = Open AND labels = iso27001')).toEqual([
      'NC-1',
      'NC-12',
      'CA-1',
      'CA-2',
      'CA-10',
    ]);
    expect(search('(project = CA OR status = Open) AND labels = iso27001')).toEqual(['NC-1', 'NC-12']);
    expect(search('labels = iso27001 AND status = Open OR project = CA')).toEqual(
      search('(labels = iso27001 AND status = Open) OR project = CA'),
    );
  });

  it('NOT binds tighter than AND', () => {
    expect(search('NOT project = NC AND status = Open')).toEqual(['CA-1']);
    expect(search('NOT (project = NC AND status = Open)')).toEqual([
      'NC-2',
      'NC-3',
      'NC-4',
      'NC-10',
      'CA-1',
      'CA-2',
      'CA-10',
    ]);
    expect(search('NOT NOT project = CA')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    // De Morgan: project != NC AND labels != "access"; CA-2 has no labels, so its label clause is unknown.
    expect(search('not (project = NC or labels = "access")')).toEqual(['CA-10']);
  });

  it("NOT is Jira's: like !=, it does not match an issue whose field is EMPTY", () => {
    expect(search('NOT assignee = currentUser()')).toEqual(search('assignee != currentUser()'));
    expect(search('NOT assignee = currentUser()')).not.toContain('NC-10');
    expect(search('NOT assignee = currentUser() OR assignee is EMPTY')).toEqual(except('NC-1', 'NC-11', 'CA-1'));
    expect(search('NOT duedate < now()')).toEqual(except('NC-1', 'NC-3', 'CA-10', 'NC-11'));
    expect(search('NOT duedate is EMPTY')).toEqual(except('NC-11'));
    expect(search('NOT labels in (iso27001)')).toEqual(search('labels not in (iso27001)'));
    expect(search('NOT summary ~ backup')).toEqual(search('summary !~ backup'));
  });

  it('deep nesting', () => {
    expect(search('((((project = CA))))')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('(project = NC AND (status = Open OR (labels = incident AND NOT assignee is EMPTY)))')).toEqual([
      'NC-1',
      'NC-3',
      'NC-11',
      'NC-12',
    ]);
  });
});

describe('JQL: ORDER BY', () => {
  it('without ORDER BY: created DESC, ties by issue id DESC', () => {
    expect(ordered('')).toEqual(['NC-12', 'NC-4', 'NC-11', 'CA-10', 'NC-10', 'CA-2', 'NC-2', 'CA-1', 'NC-1', 'NC-3']);
  });

  it('key is numeric-aware within a project, projects by key', () => {
    expect(ordered('project = NC ORDER BY key')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(ordered('project = NC ORDER BY issuekey DESC')).toEqual([
      'NC-12',
      'NC-11',
      'NC-10',
      'NC-4',
      'NC-3',
      'NC-2',
      'NC-1',
    ]);
    expect(ordered('ORDER BY key')).toEqual([
      'CA-1',
      'CA-2',
      'CA-10',
      'NC-1',
      'NC-2',
      'NC-3',
      'NC-4',
      'NC-10',
      'NC-11',
      'NC-12',
    ]);
  });

  it('created defaults to DESC; ASC keeps ties in the given order (stable)', () => {
    // Explicit ORDER BY created leaves the tie (NC-1, CA-1) in the caller's order; the default breaks it by id.
    expect(ordered('ORDER BY created')).toEqual([
      'NC-12',
      'NC-4',
      'NC-11',
      'CA-10',
      'NC-10',
      'CA-2',
      'NC-2',
      'NC-1',
      'CA-1',
      'NC-3',
    ]);
    expect(ordered('ORDER BY created ASC')).toEqual([
      'NC-3',
      'NC-1',
      'CA-1',
      'NC-2',
      'CA-2',
      'NC-10',
      'CA-10',
      'NC-11',
      'NC-4',
      'NC-12',
    ]);
    const q = compileJql('ORDER BY created', schema, context());
    expect(q.compare(ISSUES[0]!, ISSUES[7]!)).toBe(0); // NC-1 and CA-1 were created together
  });

  it('duedate: EMPTY last in ASC, first in DESC', () => {
    const asc = ['NC-3', 'NC-1', 'CA-10', 'NC-10', 'NC-2', 'NC-4', 'CA-2', 'CA-1', 'NC-12', 'NC-11'];
    expect(ordered('ORDER BY duedate')).toEqual(asc);
    expect(ordered('ORDER BY due ASC')).toEqual(asc);
    expect(ordered('ORDER BY duedate DESC')).toEqual([...asc].reverse());
  });

  it('several fields: status (by category, then name), then key', () => {
    expect(ordered('ORDER BY status, key')).toEqual([
      'CA-1',
      'NC-1',
      'NC-11',
      'NC-12',
      'CA-2',
      'NC-2',
      'NC-4',
      'CA-10',
      'NC-3',
      'NC-10',
    ]);
    expect(ordered('ORDER BY statusCategory DESC, key ASC')).toEqual([
      'CA-10',
      'NC-3',
      'NC-10',
      'CA-2',
      'NC-2',
      'NC-4',
      'CA-1',
      'NC-1',
      'NC-11',
      'NC-12',
    ]);
  });

  it('summary (case-insensitive), updated, resolutiondate', () => {
    expect(ordered('project = CA ORDER BY summary')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(ordered('project = CA ORDER BY summary DESC')).toEqual(['CA-10', 'CA-2', 'CA-1']);
    expect(ordered('project = NC ORDER BY updated').slice(0, 3)).toEqual(['NC-2', 'NC-12', 'NC-10']);
    expect(ordered('resolutiondate is not EMPTY ORDER BY resolutiondate')).toEqual(['NC-10', 'CA-10', 'NC-3']);
  });

  it('custom fields and property aliases', () => {
    expect(ordered('ORDER BY "Risk score" DESC, key')).toEqual([
      'CA-1',
      'CA-2',
      'CA-10',
      'NC-11',
      'NC-10',
      'NC-1',
      'NC-12',
      'NC-2',
      'NC-3',
      'NC-4',
    ]);
    expect(ordered('project = NC ORDER BY cf[10050], key')).toEqual([
      'NC-1',
      'NC-10',
      'NC-12',
      'NC-2',
      'NC-3',
      'NC-4',
      'NC-11',
    ]);
    expect(ordered('ORDER BY findingSeq, key')).toEqual([
      'NC-1',
      'NC-2',
      'NC-3',
      'NC-4',
      'NC-10',
      'NC-11',
      'NC-12',
      'CA-1',
      'CA-2',
      'CA-10',
    ]);
    expect(ordered('"Verification" is not EMPTY ORDER BY "Verification".result, key')).toEqual([
      'NC-10',
      'NC-3',
      'NC-4',
    ]);
    expect(ordered('"Target date" is not EMPTY ORDER BY "Target date" DESC')).toEqual(['NC-1', 'NC-3']);
    expect(ordered('auditId is not EMPTY AND project = NC ORDER BY auditId DESC, key DESC')).toEqual([
      'NC-12',
      'NC-4',
      'NC-11',
      'NC-10',
      'NC-2',
      'NC-1',
      'NC-3',
    ]);
  });

  it('refuses fields it cannot sort by', () => {
    expect(errorOf('ORDER BY priority')).toBe("Field 'priority' is not supported by the local emulator.");
    expect(errorOf('ORDER BY labels')).toBe("Sorting by the field 'labels' is not supported by the local emulator.");
    expect(errorOf('ORDER BY assignee')).toBe(
      "Sorting by the field 'assignee' is not supported by the local emulator.",
    );
    expect(errorOf('ORDER BY nope')).toBe("Field 'nope' does not exist or you do not have permission to view it.");
  });
});
