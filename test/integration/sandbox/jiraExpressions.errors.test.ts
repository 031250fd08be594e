import { JiraExpressionError } from '../../../sandbox/jira/expressions';
import { ctx, evaluate, failure } from './jiraExpressions.fixture';

describe('errors', () => {
  it('is a JiraExpressionError carrying the position', () => {
    let caught: unknown;
    try {
      evaluate('issue.summary\n  .foo');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JiraExpressionError);
    expect((caught as JiraExpressionError).name).toBe('JiraExpressionError');
    expect((caught as JiraExpressionError).pos).toEqual({ offset: 17, line: 2, column: 4 });
  });

  describe('syntax errors', () => {
    const EXPR = '!, -, typeof, (, IDENTIFIER, null, true, false, NUMBER, STRING, TEMPLATE_LITERAL, new, [ or {';
    it.each<[string, string]>([
      ['issue.key == ', `Syntax error at line 1, column 14: ${EXPR} expected, end of expression encountered.`],
      ['issue.key > )', `Syntax error at line 1, column 13: ${EXPR} expected, ) encountered.`],
      ['', `Syntax error at line 1, column 1: ${EXPR} expected, end of expression encountered.`],
      ['(1 + 2', 'Syntax error at line 1, column 7: ) expected, end of expression encountered.'],
      ['[1, 2', 'Syntax error at line 1, column 6: , expected, end of expression encountered.'],
      ['issue.labels[0', 'Syntax error at line 1, column 15: ] expected, end of expression encountered.'],
      ['true ? 1', 'Syntax error at line 1, column 9: : expected, end of expression encountered.'],
      ['issue.', 'Syntax error at line 1, column 7: IDENTIFIER expected, end of expression encountered.'],
      ['issue.1', 'Syntax error at line 1, column 6: end of expression expected, .1 encountered.'],
      ['issue.key issue.id', 'Syntax error at line 1, column 11: end of expression expected, issue encountered.'],
      ["issue.key == 'NC-1", 'Syntax error at line 1, column 14: unterminated string literal.'],
      ["'a\nb'", 'Syntax error at line 1, column 1: unterminated string literal.'],
      ['1 /* never closed', 'Syntax error at line 1, column 3: unterminated comment.'],
      ['issue.key\n  == @', 'Syntax error at line 2, column 6: unexpected character "@".'],
      ['1 + 2e', 'Syntax error at line 1, column 5: malformed number literal.'],
      ['3items', 'Syntax error at line 1, column 1: malformed number literal.'],
      ["'\\x4'", 'Syntax error at line 1, column 1: malformed \\x escape.'],
      ["'\\u12'", 'Syntax error at line 1, column 1: malformed \\u escape.'],
      ["'\\u{110000}'", 'Syntax error at line 1, column 1: malformed \\u escape.'],
      ['new 5', 'Syntax error at line 1, column 5: IDENTIFIER expected, 5 encountered.'],
    ])('%j', (expression, message) => {
      expect(failure(expression)).toBe(message);
    });
  });

  describe('constructs outside the subset', () => {
    it.each<[string, string]>([
      ['let x = 1; x', '`let` declarations (line 1, column 1)'],
      ['const x = 1', '`const` declarations (line 1, column 1)'],
      ['function f() { return 1 }', 'function declarations (line 1, column 1)'],
      ['if (true) 1', '`if` statements (line 1, column 1)'],
      ['this.key', '`this` (line 1, column 1)'],
      ['typeof issue', 'the `typeof` operator (line 1, column 1)'],
      ['new Date()', '`new Date` (line 1, column 1)'],
      ['new Issue(10001).key', '`new Issue` (line 1, column 1)'],
      ['issue.key = 1', 'assignments (`=`) (line 1, column 11)'],
      ['issue.id += 1', 'compound assignments (`+=`) (line 1, column 10)'],
      ["issue.key === 'NC-1'", 'the strict equality operator `===` (use `==`) (line 1, column 11)'],
      ["issue.key !== 'NC-1'", 'the strict inequality operator `!==` (use `!=`) (line 1, column 11)'],
      ["issue.assignee ?? 'nobody'", 'the nullish coalescing operator `??` (line 1, column 16)'],
      ['2 ** 3', 'the exponentiation operator `**` (line 1, column 3)'],
      ['1 & 3', 'the bitwise operator `&` (line 1, column 3)'],
      ['1 << 3', 'the bitwise operator `<<` (line 1, column 3)'],
      ['~1', 'the bitwise operator `~` (line 1, column 1)'],
      ["'key' in issue", 'the `in` operator (line 1, column 7)'],
      ['issue instanceof Issue', 'the `instanceof` operator (line 1, column 7)'],
      ['issue.key; issue.id', 'statements separated by `;` (line 1, column 10)'],
      ['1, 2', 'the comma operator (line 1, column 2)'],
      ['(1, 2)', 'the comma operator (line 1, column 3)'],
      ['issue.id++', 'the increment operator `++` (line 1, column 9)'],
      ['--issue.id', 'the decrement operator `--` (line 1, column 1)'],
      ['+issue.id', 'the unary `+` operator (line 1, column 1)'],
      ['`NC-${issue.id}`', 'template literals (line 1, column 1)'],
      ['issue.key.match(/NC-\\d+/)', 'regular expression literals (line 1, column 17)'],
      ["{ key: 'x' }", 'object literals (line 1, column 1)'],
      ['[...issue.labels]', 'the spread operator `...` (line 1, column 2)'],
      ['0x1F', 'hexadecimal, octal or binary number literals (line 1, column 1)'],
      ['x => x', 'an arrow function outside the argument of some, every, filter or map (line 1, column 1)'],
      [
        'issue.labels.some((a, b) => a)',
        'arrow functions that do not take exactly one named parameter (line 1, column 19)',
      ],
      [
        'issue.labels.some(() => true)',
        'arrow functions that do not take exactly one named parameter (line 1, column 19)',
      ],
      ['issue.labels.some(l => { return true })', 'arrow functions with a block body (line 1, column 24)'],
      ['Math.max(1, 2)', 'the global `Math` (line 1, column 1)'],
      ["JSON.stringify('x')", 'the global `JSON` (line 1, column 1)'],
      ['project.key', 'the context variable `project` (line 1, column 1)'],
      ['transition.to.name', 'the context variable `transition` (line 1, column 1)'],
      ['issue.comments.length', 'Issue.comments (`issue.comments`) (line 1, column 7)'],
      ['issue.reporter.emailAddress', 'User.emailAddress (`issue.reporter.emailAddress`) (line 1, column 16)'],
      ["issue.summary.split(' ')", "String.split() (`issue.summary.split(' ')`) (line 1, column 15)"],
      ["issue.labels.join(',')", "List.join() (`issue.labels.join(',')`) (line 1, column 14)"],
      ['issue.dueDate.plusMonths(1)', 'CalendarDate.plusMonths() (`issue.dueDate.plusMonths(1)`) (line 1, column 15)'],
      [
        "issue.properties['audit-finding'].get('seq')",
        "Map.get() (`issue.properties['audit-finding'].get('seq')`) (line 1, column 35)",
      ],
      ['issue.id.toString()', 'Number.toString() (`issue.id.toString()`) (line 1, column 10)'],
      ['issue.labels.some', 'a method without calling it (`issue.labels.some`) (line 1, column 14)'],
      ['isEmpty(issue.labels)', 'function calls (`isEmpty()`) (line 1, column 1)'],
      ['issue.labels.some?.(l => true)', 'optional calls (`?.()`) (line 1, column 1)'],
    ])('%j', (expression, construct) => {
      expect(failure(expression)).toBe(`The local emulator does not evaluate ${construct}`);
    });
  });

  describe('evaluation errors', () => {
    it.each<[string, string]>([
      [
        'issue.foo',
        `"issue.foo" - Unrecognized property of \`issue\`: "foo" ('foo'). Available properties of type 'Issue' are: ` +
          "'assignee', 'customfield_10050', 'customfield_10051', 'customfield_10053', 'customfield_10056', " +
          "'dueDate', 'id', 'issueType', 'key', 'labels', 'project', 'properties', 'reporter', 'status', 'summary'.",
      ],
      ["issue['fields']", `"issue['fields']" - Unrecognized property of \`issue\`: "fields" ('fields').`],
      [
        'issue.status.category.colour',
        `"issue.status.category.colour" - Unrecognized property of \`issue.status.category\`: "colour" ('colour'). ` +
          "Available properties of type 'StatusCategory' are: 'key', 'name'.",
      ],
      [
        'user.name',
        `"user.name" - Unrecognized property of \`user\`: "name" ('name'). ` +
          "Available properties of type 'User' are: 'accountId', 'displayName'.",
      ],
      ['issue.labels.some(l => l.size > 0)', `"l.size" - Unrecognized property of \`l\`: "size" ('size').`],
      ['issue.dueDate.day', `"issue.dueDate.day" - Unrecognized property of \`issue.dueDate\`: "day" ('day').`],
      ['isue.key', '"isue" - Unrecognized identifier: "isue"'],
      ['issue.id.value', '"issue.id.value" - Type Number does not have any properties'],
      ['issue.key > 5', `"issue.key > 5" - Can't compare String to Number.`],
      ['true < false', `"true < false" - Can't compare Boolean to Boolean.`],
      ['issue.labels < issue.labels', `"issue.labels < issue.labels" - Can't compare List to List.`],
      ['issue.id - issue.key', `"issue.id - issue.key" - Can't apply operator - to Number and String.`],
      ['true + 1', `"true + 1" - Can't apply operator + to Boolean and Number.`],
      ["'a' + issue.labels", `"'a' + issue.labels" - Can't apply operator + to String and List.`],
      ['issue.id * null', `"issue.id * null" - Can't apply operator * to Number and Null.`],
      ['-issue.key', `"-issue.key" - Can't apply operator - to String.`],
      ['issue.key.includes()', '"issue.key.includes()" - String.includes() takes 1 argument, got 0.'],
      ["issue.key.trim('x')", `"issue.key.trim('x')" - String.trim() takes 0 arguments, got 1.`],
      [
        'issue.key.startsWith(1)',
        '"issue.key.startsWith(1)" - The argument of String.startsWith() must be a String, not Number.',
      ],
      [
        "issue.labels.some('verified')",
        `"issue.labels.some('verified')" - List.some() takes an arrow function (x => ...) as its argument.`,
      ],
      [
        'issue.labels.filter(l => l.length)',
        '"issue.labels.filter(l => l.length)" - The function passed to filter() must return a Boolean, but returned Number.',
      ],
      ['issue.labels.every(l => null)', 'The function passed to every() must return a Boolean, but returned Null.'],
      ['issue.labels.length()', `"issue.labels.length()" - 'length' of type 'List' is a property, not a method.`],
      ['issue.key()', `"issue.key()" - 'key' of type 'Issue' is a property, not a method.`],
      [
        'issue.labels.contains(1)',
        `"issue.labels.contains(1)" - Unrecognized method of \`issue.labels\`: "contains". ` +
          "Available members of type 'List' are: 'every', 'filter', 'includes', 'length', 'map', 'some'.",
      ],
      [
        "issue.properties.keys('x')",
        `"issue.properties.keys('x')" - EntityProperties.keys() takes 0 arguments, got 1.`,
      ],
      ['issue.properties.get(1)', 'The argument of EntityProperties.get() must be a String, not Number.'],
      ['issue.labels[0.5]', '"issue.labels[0.5]" - List index 0.5 is not a whole number.'],
      ['issue[1]', `"issue[1]" - Can't read a member of Issue with a Number key.`],
      ['issue.dueDate.plusDays(1.5)', 'CalendarDate.plusDays() takes a whole number of days, not 1.5.'],
      ["issue.dueDate.plusDays('1')", 'The argument of CalendarDate.plusDays() must be a Number, not String.'],
      [
        "new CalendarDate('2026-02-30')",
        `"new CalendarDate('2026-02-30')" - new CalendarDate() takes no argument or a 'YYYY-MM-DD' String, not String "2026-02-30".`,
      ],
      ['new CalendarDate(1, 2)', "new CalendarDate() takes no argument or a 'YYYY-MM-DD' String, not 2 arguments."],
    ])('%j', (expression, message) => {
      const actual = failure(expression);
      expect(actual).toMatch(/^Evaluation failed: "/);
      expect(actual).toContain(message);
    });
  });

  it('enforces Jira’s length limit', () => {
    const long = `issue.key == '${'x'.repeat(991)}'`;
    expect(long.length).toBe(1006);
    expect(failure(long)).toBe('Jira expression is too long (1006), limit: 1000 characters');
    expect(evaluate(`issue.key == '${'x'.repeat(984)}'`)).toBe(false);
  });

  it('rejects a malformed due date in the context as a programming error, not an expression error', () => {
    expect(() => evaluate('issue.dueDate', ctx({ dueDate: '10/07/2026' }))).toThrow(TypeError);
  });
});
