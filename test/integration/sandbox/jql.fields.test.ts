import { BOB, CAROL, search, ordered, ALL, except } from './jql.fixture';

describe('JQL: the empty query and keywords', () => {
  it('an empty or blank query matches everything', () => {
    expect(search('')).toEqual(ALL);
    expect(search('  \n\t ')).toEqual(ALL);
    expect(search('ORDER BY key')).toEqual(ALL);
  });

  it('keywords, field names and function names are case-insensitive', () => {
    expect(search('PROJECT = nc and Status = OPEN')).toEqual(['NC-1', 'NC-11', 'NC-12']);
    expect(search('Assignee = CURRENTUSER() Or labels Is Empty')).toEqual(['NC-1', 'NC-10', 'NC-11', 'CA-1', 'CA-2']);
    expect(ordered('project = CA order by KEY desc')).toEqual(['CA-10', 'CA-2', 'CA-1']);
  });

  it("accepts Jira's symbolic AND, OR and NOT (&&, &, ||, |, !)", () => {
    expect(search('project = NC && (labels = "access" || labels = logging)')).toEqual(['NC-1', 'NC-12']);
    expect(search('project = NC & labels = "access" | key = CA-2')).toEqual(['NC-1', 'CA-2']);
    expect(search('!project = NC')).toEqual(['CA-1', 'CA-2', 'CA-10']);
  });

  it('values may be quoted with either quote, with escapes', () => {
    expect(search("status = 'In Progress'")).toEqual(['NC-2', 'NC-4']);
    expect(search('status = "In\\u0020Progress"')).toEqual(['NC-2', 'NC-4']);
    expect(search('summary ~ "\\"clear desk\\""')).toEqual(['NC-11']);
  });
});

describe('JQL: system fields', () => {
  it('project by key, id or name; =, !=, in, not in', () => {
    expect(search('project = NC')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(search('project = ca')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project = 10001')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project = "corrective actions"')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project in (NC, CA)')).toEqual(ALL);
    expect(search('project != NC')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project not in (NC, "Nowhere")')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('project = NOPE')).toEqual([]);
  });

  it('issuetype and its alias type', () => {
    expect(search('issuetype = Observation')).toEqual(['NC-4', 'NC-11']);
    expect(search('type = "Corrective action"')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('issuetype in (Observation, 10101)')).toEqual(['NC-4', 'NC-11', 'CA-1', 'CA-2', 'CA-10']);
    expect(search('type != Nonconformity')).toEqual(['NC-4', 'NC-11', 'CA-1', 'CA-2', 'CA-10']);
    expect(search('issuetype not in (Nonconformity, Observation)')).toEqual(['CA-1', 'CA-2', 'CA-10']);
  });

  it('status by name or id', () => {
    expect(search('status = "In Progress"')).toEqual(['NC-2', 'NC-4']);
    expect(search('status = open')).toEqual(['NC-1', 'NC-11', 'NC-12', 'CA-1']);
    expect(search('status = 6')).toEqual(['NC-3', 'CA-10']);
    expect(search('status in (Closed, Verified)')).toEqual(['NC-3', 'NC-10', 'CA-10']);
    expect(search('status != Open')).toEqual(['NC-2', 'NC-3', 'NC-4', 'NC-10', 'CA-2', 'CA-10']);
    expect(search('status not in (Open, Closed)')).toEqual(['NC-2', 'NC-4', 'NC-10', 'CA-2']);
  });

  it('statusCategory by name, key or id', () => {
    expect(search('statusCategory = Done')).toEqual(['NC-3', 'NC-10', 'CA-10']);
    expect(search('statusCategory = "To Do"')).toEqual(['NC-1', 'NC-11', 'NC-12', 'CA-1']);
    expect(search('statusCategory = "In Progress"')).toEqual(['NC-2', 'NC-4', 'CA-2']);
    expect(search('statuscategory = indeterminate')).toEqual(['NC-2', 'NC-4', 'CA-2']);
    expect(search('statusCategory = new')).toEqual(search('statusCategory = 2'));
    expect(search('statusCategory in (new, 3)')).toEqual(except('NC-2', 'NC-4', 'CA-2'));
    expect(search('statusCategory != done')).toEqual(except('NC-3', 'NC-10', 'CA-10'));
    expect(search('statusCategory not in ("To Do", Done)')).toEqual(['NC-2', 'NC-4', 'CA-2']);
  });

  it('key, issuekey, issue and id; by key (any case) or numeric id', () => {
    expect(search('key = NC-1')).toEqual(['NC-1']);
    expect(search('key = nc-10')).toEqual(['NC-10']);
    expect(search('key = 10010')).toEqual(['NC-10']);
    expect(search('issuekey in (NC-1, NC-2, CA-10)')).toEqual(['NC-1', 'NC-2', 'CA-10']);
    expect(search('issue = CA-2')).toEqual(['CA-2']);
    expect(search('id = 10021')).toEqual(['CA-2']);
    expect(search('key != NC-1')).toEqual(except('NC-1'));
    expect(search('key not in (NC-1, NC-2)')).toEqual(except('NC-1', 'NC-2'));
    expect(search('key = NC-99')).toEqual([]);
  });

  it('summary ~: every word, any order, case-insensitive, stop words ignored, prefix*, "phrase"', () => {
    expect(search('summary ~ backup')).toEqual(['NC-2', 'CA-2']);
    expect(search('summary ~ BACKUP')).toEqual(['NC-2', 'CA-2']);
    expect(search('summary ~ "review access"')).toEqual(['NC-1', 'CA-1']);
    expect(search('summary ~ "\\"access review\\""')).toEqual(['NC-1', 'CA-1']);
    expect(search('summary ~ "\\"review access\\""')).toEqual([]);
    expect(search('summary ~ "the backup"')).toEqual(['NC-2', 'CA-2']);
    expect(search('summary ~ "suppl*"')).toEqual(['NC-10', 'CA-10']);
    expect(search('summary ~ suppl')).toEqual([]);
    expect(search('summary ~ "backup restore drills"')).toEqual(['CA-2']);
    expect(search('summary !~ backup')).toEqual(except('NC-2', 'CA-2'));
  });

  it('labels: = and in mean "has", != and not in need labels, EMPTY', () => {
    expect(search('labels = iso27001')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-12']);
    expect(search('labels in ("access", supplier)')).toEqual(['NC-1', 'CA-1', 'CA-10']);
    expect(search('labels is EMPTY')).toEqual(['NC-10', 'CA-2']);
    expect(search('labels = EMPTY')).toEqual(['NC-10', 'CA-2']);
    expect(search('labels is not EMPTY')).toEqual(except('NC-10', 'CA-2'));
    expect(search('labels != iso27001')).toEqual(['NC-4', 'NC-11', 'CA-1', 'CA-10']);
    expect(search('labels not in (iso27001, observation)')).toEqual(['CA-1', 'CA-10']);
    expect(search('labels in (EMPTY, supplier)')).toEqual(['NC-10', 'CA-2', 'CA-10']);
    expect(search('labels = ISO27001')).toEqual([]);
  });

  it('assignee and reporter: account ids, currentUser(), EMPTY', () => {
    expect(search('assignee = currentUser()')).toEqual(['NC-1', 'NC-11', 'CA-1']);
    expect(search(`assignee = ${BOB}`)).toEqual(['NC-2', 'NC-12', 'CA-2']);
    expect(search('assignee is EMPTY')).toEqual(['NC-10', 'CA-10']);
    expect(search('assignee is null')).toEqual(['NC-10', 'CA-10']);
    expect(search('assignee != currentUser()')).toEqual(['NC-2', 'NC-3', 'NC-4', 'NC-12', 'CA-2']);
    expect(search(`assignee in (currentUser(), ${CAROL})`)).toEqual(['NC-1', 'NC-3', 'NC-4', 'NC-11', 'CA-1']);
    expect(search(`assignee in (EMPTY, ${CAROL})`)).toEqual(['NC-3', 'NC-4', 'NC-10', 'CA-10']);
    expect(search(`assignee not in (EMPTY, ${BOB})`)).toEqual(['NC-1', 'NC-3', 'NC-4', 'NC-11', 'CA-1']);
    expect(search('reporter = currentUser()')).toEqual(['NC-2', 'NC-10', 'CA-1', 'CA-2']);
    expect(search(`reporter in (${BOB}, ${CAROL})`)).toEqual(except('NC-2', 'NC-10', 'CA-1', 'CA-2'));
    expect(search('reporter is EMPTY')).toEqual([]);
  });

  it('currentUser() for an anonymous caller matches nothing, negated or not', () => {
    const anonymous = { currentAccountId: null };
    expect(search('assignee = currentUser()', anonymous)).toEqual([]);
    expect(search('assignee != currentUser()', anonymous)).toEqual([]);
    expect(search('NOT assignee in (currentUser())', anonymous)).toEqual([]);
    expect(search('assignee in (currentUser(), EMPTY)', anonymous)).toEqual(['NC-10', 'CA-10']);
  });
});

describe('JQL: custom fields', () => {
  it('string field by name (any case) or cf[id]', () => {
    expect(search('"Finding grade" = majorNC')).toEqual(['NC-1', 'NC-10', 'NC-12']);
    expect(search('cf[10050] = majorNC')).toEqual(['NC-1', 'NC-10', 'NC-12']);
    expect(search("'finding grade' in (minorNC, observation)")).toEqual(['NC-2', 'NC-3', 'NC-4', 'NC-11']);
    expect(search('cf[10050] != majorNC')).toEqual(['NC-2', 'NC-3', 'NC-4', 'NC-11']);
    expect(search('cf[10050] not in (majorNC, minorNC)')).toEqual(['NC-4', 'NC-11']);
    expect(search('cf[10050] is EMPTY')).toEqual(['CA-1', 'CA-2', 'CA-10']);
    expect(search('cf[10050] = MAJORNC')).toEqual([]);
  });

  it('number field: equality and comparison operators', () => {
    expect(search('"Risk score" >= 7')).toEqual(['NC-1', 'NC-10', 'NC-12']);
    expect(search('cf[10051] < 5')).toEqual(['NC-3', 'NC-4']);
    expect(search('cf[10051] <= 5')).toEqual(['NC-2', 'NC-3', 'NC-4']);
    expect(search('cf[10051] > 7.5')).toEqual(['NC-1', 'NC-10']);
    expect(search('cf[10051] = 5')).toEqual(['NC-2']);
    expect(search('cf[10051] = "5.0"')).toEqual(['NC-2']);
    expect(search('cf[10051] != 5')).toEqual(['NC-1', 'NC-3', 'NC-4', 'NC-10', 'NC-12']);
    expect(search('cf[10051] in (1, 3)')).toEqual(['NC-3', 'NC-4']);
    expect(search('cf[10051] is EMPTY')).toEqual(['NC-11', 'CA-1', 'CA-2', 'CA-10']);
    expect(search('cf[10051] > -1')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-4', 'NC-10', 'NC-12']);
  });

  it('date, datetime and user fields', () => {
    expect(search('"Target date" <= "2026-06-30"')).toEqual(['NC-1', 'NC-3']);
    expect(search('"Target date" = "2026-06-30 23:00"')).toEqual(['NC-1']);
    expect(search('"Closed at" > "2026-06-15"')).toEqual(['NC-10']);
    expect(search('"Closed at" is not EMPTY')).toEqual(['NC-3', 'NC-10']);
    expect(search('Auditor = currentUser()')).toEqual(['NC-3']);
    expect(search(`Auditor = ${CAROL}`)).toEqual(['NC-1']);
  });

  it('object field: properties by path or searchAlias, typed by the schema', () => {
    expect(search('"Verification".result = effective')).toEqual(['NC-10']);
    expect(search('Verification.result in (effective, ineffective)')).toEqual(['NC-3', 'NC-10']);
    expect(search('cf[10052].result = ineffective')).toEqual(['NC-3']);
    expect(search('"Verification".result != effective')).toEqual(['NC-3']); // NC-4's object has no result
    expect(search('"Verification".result is EMPTY')).toEqual(except('NC-3', 'NC-10'));
    expect(search('"Verification".verifiedBy = currentUser()')).toEqual(['NC-3']);
    expect(search(`"Verification".verifier = ${CAROL}`)).toEqual(['NC-10']);
    expect(search('"Verification".verifiedAt >= "2026-06-29"')).toEqual(['NC-10']);
    expect(search('"Verification".verifiedAt < "2026-06-10"')).toEqual(['NC-3']);
    expect(search('"Verification".notes ~ evidence')).toEqual(['NC-10']);
    expect(search('"Verification" is EMPTY')).toEqual(except('NC-3', 'NC-4', 'NC-10'));
    expect(search('"Verification" is not EMPTY')).toEqual(['NC-3', 'NC-4', 'NC-10']);
  });

  it('array-string field: = means contains', () => {
    expect(search('Clauses = "A.5.15"')).toEqual(['NC-1']);
    expect(search('Clauses = "A.8.2"')).toEqual(['NC-1']);
    expect(search('cf[10053] in ("A.8.13", "A.8.15")')).toEqual(['NC-2', 'NC-12']);
    expect(search('Clauses != "A.5.19"')).toEqual(['NC-1', 'NC-2', 'NC-3', 'NC-12']);
    expect(search('Clauses not in ("A.5.19", "A.8.2")')).toEqual(['NC-2', 'NC-3', 'NC-12']);
    expect(search('Clauses is EMPTY')).toEqual(['NC-4', 'NC-11', 'CA-1', 'CA-2', 'CA-10']);
  });
});

describe('JQL: entity properties', () => {
  it('issue.property[key].path and its alias are the same field', () => {
    expect(search('issue.property[audit-finding].auditId = "A-7"')).toEqual(['NC-1', 'NC-2', 'CA-2']);
    expect(search('issue.property["audit-finding"].auditId = A-7')).toEqual(['NC-1', 'NC-2', 'CA-2']);
    expect(search('auditId = A-7')).toEqual(['NC-1', 'NC-2', 'CA-2']);
    expect(search('AUDITID in ("A-8", "A-9")')).toEqual(['NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(search('auditId != "A-7"')).toEqual(['NC-3', 'NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(search('auditId is EMPTY')).toEqual(['CA-1', 'CA-10']);
  });

  it("the alias's type decides the comparison: number, date, user, text", () => {
    expect(search('findingSeq > 3')).toEqual(['NC-4', 'NC-10', 'NC-11', 'NC-12']);
    expect(search('findingSeq > "3"')).toEqual(['NC-4', 'NC-10', 'NC-11', 'NC-12']); // 10 > 3 numerically
    expect(search('issue.property[audit-finding].seq <= 2')).toEqual(['NC-1', 'NC-2']);
    expect(search('findingSeq = 10')).toEqual(['NC-10']);
    expect(search('raisedOn >= "2026-05-03"')).toEqual(['NC-2', 'NC-10', 'NC-12']);
    expect(search('findingOwner = currentUser()')).toEqual(['NC-1']);
    expect(search('findingText ~ privileged')).toEqual(['NC-1']);
    expect(search('findingText ~ "reviews missing"')).toEqual(['NC-1']);
  });
});
