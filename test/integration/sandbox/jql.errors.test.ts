import { compileJql } from '../../../sandbox/jira/jql';
import { NOW, schema, search, errorOf } from './jql.fixture';

describe('JQL: errors are JqlError with Jira-like messages', () => {
  it('unknown fields', () => {
    const missing = (f: string) => `Field '${f}' does not exist or you do not have permission to view it.`;
    expect(errorOf('foo = bar')).toBe(missing('foo'));
    expect(errorOf('"Unknown field" = x')).toBe(missing('Unknown field'));
    expect(errorOf('cf[99999] = 1')).toBe(missing('cf[99999]'));
    expect(errorOf('issue.property[audit-finding].nope = 1')).toBe(missing('issue.property[audit-finding].nope'));
    expect(errorOf('issue.property[other].auditId = 1')).toBe(missing('issue.property[other].auditId'));
    expect(errorOf('"Verification".nope = x')).toBe(missing('Verification.nope'));
    expect(errorOf('"Finding grade".result = x')).toBe(missing('Finding grade.result'));
    expect(errorOf('status.name = Open')).toBe(missing('status.name'));
    expect(errorOf('project = NC AND labels = x OR bogus is EMPTY')).toBe(missing('bogus'));
  });

  it('Jira fields the emulator does not carry', () => {
    expect(errorOf('priority = High')).toBe("Field 'priority' is not supported by the local emulator.");
    expect(errorOf('text ~ "access"')).toBe("Field 'text' is not supported by the local emulator.");
    expect(errorOf('fixVersion = 1.0')).toBe("Field 'fixVersion' is not supported by the local emulator.");
  });

  it('syntax errors, with line and character', () => {
    expect(errorOf('(project = NC AND status = Open')).toBe(
      "Error in the JQL Query: Expecting ')' before the end of the query.",
    );
    expect(errorOf('(project = NC AND status = Open labels = x)')).toBe(
      "Error in the JQL Query: Expecting ')' but got 'labels'. (line 1, character 33)",
    );
    expect(errorOf('project in (NC, CA')).toBe(
      "Error in the JQL Query: Expecting either ',' or ')' before the end of the query.",
    );
    expect(errorOf('project NC')).toBe(
      "Error in the JQL Query: Expecting operator but got 'NC'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    );
    expect(errorOf('project')).toMatch(/^Error in the JQL Query: Expecting operator before the end of the query\./);
    expect(errorOf('project = NC status = Open')).toBe(
      "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 14)",
    );
    expect(errorOf('project =')).toBe(
      'Error in the JQL Query: Expecting either a value, list or function before the end of the query.',
    );
    expect(errorOf('project = NC AND')).toBe(
      'Error in the JQL Query: Expecting a field name before the end of the query.',
    );
    expect(errorOf('project = )')).toBe(
      "Error in the JQL Query: Expecting either a value, list or function but got ')'. (line 1, character 11)",
    );
    expect(errorOf('project in ()')).toBe(
      "Error in the JQL Query: Expecting either a value or function but got ')'. (line 1, character 13)",
    );
    expect(errorOf('project = NC\nAND ) ')).toBe(
      "Error in the JQL Query: Expecting a field name but got ')'. (line 2, character 5)",
    );
    expect(errorOf('summary ~ "abc')).toBe(
      "Error in the JQL Query: The quoted string 'abc' has not been completed. (line 1, character 11)",
    );
    expect(errorOf('project = NC ORDER created')).toBe(
      "Error in the JQL Query: Expecting 'BY' but got 'created'. (line 1, character 20)",
    );
    expect(errorOf('ORDER BY created sideways')).toBe(
      "Error in the JQL Query: Expecting either 'ASC' or 'DESC' but got 'sideways'. (line 1, character 18)",
    );
    expect(errorOf('ORDER BY')).toBe('Error in the JQL Query: Expecting a field name before the end of the query.');
    expect(errorOf('status not Open')).toBe(
      "Error in the JQL Query: Expecting 'IN' but got 'Open'. (line 1, character 12)",
    );
    expect(errorOf('summary ~ "a\\qb"')).toBe(
      "Error in the JQL Query: The escape sequence '\\q' is illegal. (line 1, character 13)",
    );
  });

  it('reserved characters and words', () => {
    expect(errorOf('labels = 50%')).toBe(
      "Error in the JQL Query: The character '%' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0025' instead. (line 1, character 12)",
    );
    expect(errorOf('duedate < startOfDay(+1)')).toMatch(/The character '\+' is a reserved JQL character/);
    expect(errorOf('Clauses = A.5.15')).toBe(
      "Error in the JQL Query: The character '.' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002e' instead. (line 1, character 12)",
    );
    expect(search('cf[10051] = 5.0')).toEqual(['NC-2']); // a decimal point inside a number is fine
    expect(errorOf('labels = audit')).toBe(
      "Error in the JQL Query: 'audit' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 10)",
    );
    expect(search('labels = "audit"')).toEqual([]);
    expect(errorOf('labels = access')).toMatch(/^Error in the JQL Query: 'access' is a reserved JQL word/);
    expect(errorOf('labels in (iso27001, Select)')).toMatch(/'Select' is a reserved JQL word.*character 22\)$/);
    expect(errorOf('status = and')).toBe(
      "Error in the JQL Query: Expecting either a value, list or function but got 'and'. You must surround 'and' in quotation marks to use it as a value. (line 1, character 10)",
    );
  });

  it('operators a field does not support', () => {
    expect(errorOf('summary = x')).toBe("The operator '=' is not supported by the 'summary' field.");
    expect(errorOf('project ~ NC')).toBe("The operator '~' is not supported by the 'project' field.");
    expect(errorOf('labels > a')).toBe("The operator '>' is not supported by the 'labels' field.");
    expect(errorOf('"Finding grade" ~ major')).toBe("The operator '~' is not supported by the 'Finding grade' field.");
    expect(errorOf('findingText = x')).toBe("The operator '=' is not supported by the 'findingText' field.");
    expect(errorOf('"Verification" = x')).toBe("The operator '=' is not supported by the 'Verification' field.");
    expect(errorOf('status was Open')).toBe(
      "The operator 'was' is not supported by the local emulator for field 'status'.",
    );
    expect(errorOf('assignee changed')).toBe(
      "The operator 'changed' is not supported by the local emulator for field 'assignee'.",
    );
    expect(errorOf('key > NC-1')).toBe("The operator '>' is not supported by the local emulator for field 'key'.");
  });

  it('operands that do not fit the operator or the field', () => {
    expect(errorOf('summary in test')).toBe(
      `Operator 'in' does not support the non-list value '"test"' for field 'summary'.`,
    );
    expect(errorOf('status in Open')).toBe(
      `Operator 'in' does not support the non-list value '"Open"' for field 'status'.`,
    );
    expect(errorOf('status = (Open, Closed)')).toBe(
      "Operator '=' does not support the list value '(Open, Closed)' for field 'status'.",
    );
    expect(errorOf('project is EMPTY')).toBe("The field 'project' does not support searching for EMPTY values.");
    expect(errorOf('status = EMPTY')).toBe("The field 'status' does not support searching for EMPTY values.");
    expect(errorOf('created is EMPTY')).toBe("The field 'created' does not support searching for EMPTY values.");
    expect(errorOf('duedate is "2026-01-01"')).toBe(
      "The operator 'is' only supports the value EMPTY (or NULL) for the field 'duedate'.",
    );
    expect(errorOf('duedate < EMPTY')).toBe(
      "The operator '<' does not support searching for EMPTY values in the field 'duedate'.",
    );
    expect(errorOf('"Risk score" > high')).toBe("The value 'high' is not a valid number for the field 'Risk score'.");
    expect(errorOf('key = foo')).toBe("The issue key 'foo' for field 'key' is invalid.");
    expect(errorOf('statusCategory = Blocked')).toBe(
      "The value 'Blocked' does not exist for the field 'statusCategory'.",
    );
    expect(errorOf('summary ~ "acc?ss"')).toBe(
      "The text query 'acc?ss' for field 'summary' uses search syntax that the local emulator does not support.",
    );
    expect(errorOf('summary ~ "the"')).toBe("The text query 'the' for field 'summary' has no words to search for.");
  });

  it('functions', () => {
    expect(errorOf('duedate < tomorrow()')).toBe("Unable to find JQL function 'tomorrow()'.");
    expect(errorOf('assignee in membersOf(auditors)')).toBe(
      "The function 'membersOf' is not supported by the local emulator.",
    );
    expect(errorOf('created > startOfWeek()')).toBe(
      "The function 'startOfWeek' is not supported by the local emulator.",
    );
    expect(errorOf('status = currentUser()')).toBe(
      "The function 'currentUser' is not supported for the field 'status'.",
    );
    expect(errorOf('assignee = now()')).toBe("The function 'now' is not supported for the field 'assignee'.");
    expect(errorOf('duedate < now(1)')).toBe("Function 'now' expected '0' arguments but received '1'.");
    expect(errorOf('assignee = currentUser(x)')).toBe(
      "Function 'currentUser' expected '0' arguments but received '1'.",
    );
    expect(errorOf('duedate < startOfDay(1, 2)')).toBe(
      "Function 'startOfDay' expected between '0' and '1' arguments but received '2'.",
    );
    expect(errorOf('created > startOfDay("soon")')).toBe(
      "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.",
    );
  });

  it('bad dates', () => {
    const bad = (value: string, field: string) =>
      `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`;
    expect(errorOf('duedate = "2026-02-30"')).toBe(bad('2026-02-30', 'duedate'));
    expect(errorOf('due < "24/11/2026"')).toBe(bad('24/11/2026', 'due'));
    expect(errorOf('created > yesterday')).toBe(bad('yesterday', 'created'));
    expect(errorOf('created > "2026-11-24 25:00"')).toBe(bad('2026-11-24 25:00', 'created'));
    expect(errorOf('created > "2026-11/24"')).toBe(bad('2026-11/24', 'created'));
    expect(errorOf('created > -5y')).toBe(bad('-5y', 'created'));
    expect(errorOf('raisedOn > "x"')).toBe(bad('x', 'raisedOn'));
  });

  it('an unknown time zone is a caller error, not a query error', () => {
    expect(() => compileJql('', schema, { currentAccountId: null, now: NOW, timeZone: 'Mars/Olympus' })).toThrow(
      RangeError,
    );
  });
});
