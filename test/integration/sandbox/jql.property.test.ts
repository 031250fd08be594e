import { compileJql, type JqlIssue, type JqlSchema } from '../../../sandbox/jira/jql';

/**
 * Property tests over random issues and random queries.
 *
 * Jira's NOT is not set complement: it is pushed down onto the clauses (NOT a = x is a != x), and
 * no operator but IS matches an issue whose field is EMPTY. That is three-valued (Kleene) logic: a
 * clause on an EMPTY field is UNKNOWN, NOT UNKNOWN is UNKNOWN, and only TRUE matches. The oracle
 * below evaluates each random query that way, with its own plain-JS reading of every clause, and
 * the module must agree for q and for NOT (q) on every issue. Hence, for every issue:
 *   - q and NOT (q) never both match;
 *   - when no field q mentions is EMPTY on the issue, exactly one of them matches;
 *   - NOT NOT q matches exactly what q does; and the query means the same fully parenthesised
 *     and written with the fewest parentheses precedence (NOT > AND > OR) allows.
 */

const NOW = new Date('2026-07-01T23:30:00.000Z');
const ALICE = 'acc-alice';
const BOB = 'acc-bob';
const DAY = 86_400_000;

const schema: JqlSchema = {
  customFields: [
    { id: 'customfield_10050', name: 'Finding grade', type: 'string' },
    { id: 'customfield_10051', name: 'Risk score', type: 'number' },
    { id: 'customfield_10052', name: 'Verification', type: 'object', properties: [{ path: 'result', type: 'string' }] },
    { id: 'customfield_10053', name: 'Clauses', type: 'array-string' },
  ],
  propertyAliases: [
    { alias: 'auditId', propertyKey: 'audit-finding', path: 'auditId', type: 'string' },
    { alias: 'findingSeq', propertyKey: 'audit-finding', path: 'seq', type: 'number' },
  ],
};

/** mulberry32: a small seeded PRNG, so a failure names the seed that reproduces it. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const maybe = <T>(x: T, p = 0.7): T | undefined => (next() < p ? x : undefined);
  const subset = <T>(xs: readonly T[]) => xs.filter(() => next() < 0.4);
  return { next, int, pick, maybe, subset };
}
type Rng = ReturnType<typeof prng>;

const STATUSES = [
  { id: '1', name: 'Open', categoryKey: 'new' },
  { id: '3', name: 'In Progress', categoryKey: 'indeterminate' },
  { id: '6', name: 'Closed', categoryKey: 'done' },
] as const;
const DUE_DATES = ['2026-06-20', '2026-06-28', '2026-06-29', '2026-07-01', '2026-07-02', '2026-07-10'];
const WORDS = ['backup', 'access', 'review', 'supplier', 'logging', 'policy'];

function randomIssue(rng: Rng, n: number): JqlIssue {
  const project = rng.pick([
    { id: '10000', key: 'NC', name: 'Nonconformities' },
    { id: '10001', key: 'CA', name: 'Corrective Actions' },
  ]);
  const created = new Date(NOW.getTime() - rng.int(60) * DAY - rng.int(DAY)).toISOString();
  const customFields: Record<string, unknown> = {};
  const grade = rng.maybe(rng.pick(['majorNC', 'minorNC', 'observation']));
  if (grade) customFields.customfield_10050 = grade;
  const score = rng.maybe(rng.int(10));
  if (score !== undefined) customFields.customfield_10051 = score;
  if (rng.next() < 0.5)
    customFields.customfield_10052 = rng.next() < 0.7 ? { result: rng.pick(['effective', 'ineffective']) } : {};
  if (rng.next() < 0.7) customFields.customfield_10053 = rng.subset(['A.1', 'A.2', 'A.3']);
  const finding: Record<string, unknown> = {};
  const auditId = rng.maybe(rng.pick(['A-1', 'A-2', 'A-3']));
  if (auditId) finding.auditId = auditId;
  const seq = rng.maybe(rng.int(10));
  if (seq !== undefined) finding.seq = seq;
  return {
    id: String(10000 + n),
    key: `${project.key}-${n + 1}`,
    project,
    issuetype: { id: '10100', name: 'Nonconformity' },
    status: rng.pick(STATUSES),
    summary: [rng.pick(WORDS), rng.pick(WORDS), 'finding'].join(' '),
    labels: rng.subset(['a1', 'b2', 'c3']),
    assignee: rng.pick([ALICE, BOB, null]),
    reporter: ALICE,
    duedate: rng.maybe(rng.pick(DUE_DATES)) ?? null,
    created,
    updated: created,
    resolutiondate: null,
    customFields,
    properties: rng.next() < 0.8 ? { 'audit-finding': finding } : {},
  };
}

/** A clause with the oracle's own reading: `empty` (if it can be UNKNOWN) and `holds` when not EMPTY. */
interface Term {
  jql: string;
  empty?: (i: JqlIssue) => boolean;
  holds: (i: JqlIssue) => boolean;
}

const grade = (i: JqlIssue) => i.customFields.customfield_10050 as string | undefined;
const score = (i: JqlIssue) => i.customFields.customfield_10051 as number | undefined;
const clauses = (i: JqlIssue) => (i.customFields.customfield_10053 as string[] | undefined) ?? [];
const result = (i: JqlIssue) => (i.customFields.customfield_10052 as { result?: string } | undefined)?.result;
const finding = (i: JqlIssue) => (i.properties['audit-finding'] ?? {}) as { auditId?: string; seq?: number };
const dueBefore = (i: JqlIssue, ymd: string) => i.duedate! < ymd;
const ms = (iso: string) => Date.parse(iso);

const TERMS: Term[] = [
  { jql: 'project = NC', holds: (i) => i.project.key === 'NC' },
  { jql: 'project != CA', holds: (i) => i.project.key !== 'CA' },
  { jql: 'project in (NC, "Corrective Actions")', holds: () => true },
  { jql: 'project not in (10001)', holds: (i) => i.project.id !== '10001' },
  { jql: 'status = Open', holds: (i) => i.status.name === 'Open' },
  { jql: 'status in ("In Progress", Closed)', holds: (i) => i.status.name !== 'Open' },
  { jql: 'statusCategory != Done', holds: (i) => i.status.categoryKey !== 'done' },
  { jql: 'labels = a1', empty: (i) => i.labels.length === 0, holds: (i) => i.labels.includes('a1') },
  { jql: 'labels != b2', empty: (i) => i.labels.length === 0, holds: (i) => !i.labels.includes('b2') },
  { jql: 'labels in (a1, c3)', empty: (i) => i.labels.length === 0, holds: (i) => i.labels.some((l) => l !== 'b2') },
  {
    jql: 'labels not in (b2, c3)',
    empty: (i) => i.labels.length === 0,
    holds: (i) => i.labels.every((l) => l === 'a1'),
  },
  { jql: 'labels is EMPTY', holds: (i) => i.labels.length === 0 },
  { jql: 'labels in (EMPTY, c3)', holds: (i) => i.labels.length === 0 || i.labels.includes('c3') },
  { jql: 'assignee = currentUser()', empty: (i) => !i.assignee, holds: (i) => i.assignee === ALICE },
  { jql: `assignee != ${BOB}`, empty: (i) => !i.assignee, holds: (i) => i.assignee !== BOB },
  { jql: 'assignee is not EMPTY', holds: (i) => i.assignee !== null },
  { jql: 'duedate < "2026-07-01"', empty: (i) => !i.duedate, holds: (i) => dueBefore(i, '2026-07-01') },
  { jql: 'duedate >= now()', empty: (i) => !i.duedate, holds: (i) => !dueBefore(i, '2026-07-01') },
  { jql: 'due = "2026/07/02"', empty: (i) => !i.duedate, holds: (i) => i.duedate === '2026-07-02' },
  { jql: 'duedate != "2026-06-29"', empty: (i) => !i.duedate, holds: (i) => i.duedate !== '2026-06-29' },
  { jql: 'duedate > -3d', empty: (i) => !i.duedate, holds: (i) => i.duedate! > '2026-06-28' },
  { jql: 'duedate <= endOfDay(1)', empty: (i) => !i.duedate, holds: (i) => i.duedate! <= '2026-07-02' },
  { jql: 'duedate is EMPTY', holds: (i) => !i.duedate },
  { jql: 'created > "2026-06-01"', holds: (i) => ms(i.created) > ms('2026-06-01T00:00:00Z') },
  { jql: 'created <= -10d', holds: (i) => ms(i.created) <= NOW.getTime() - 10 * DAY },
  { jql: '"Finding grade" = majorNC', empty: (i) => !grade(i), holds: (i) => grade(i) === 'majorNC' },
  { jql: 'cf[10050] not in (minorNC)', empty: (i) => !grade(i), holds: (i) => grade(i) !== 'minorNC' },
  { jql: '"Risk score" > 4', empty: (i) => score(i) === undefined, holds: (i) => score(i)! > 4 },
  { jql: 'cf[10051] <= 5', empty: (i) => score(i) === undefined, holds: (i) => score(i)! <= 5 },
  { jql: 'cf[10051] != 3', empty: (i) => score(i) === undefined, holds: (i) => score(i) !== 3 },
  { jql: 'Clauses = "A.1"', empty: (i) => clauses(i).length === 0, holds: (i) => clauses(i).includes('A.1') },
  { jql: 'Clauses != "A.2"', empty: (i) => clauses(i).length === 0, holds: (i) => !clauses(i).includes('A.2') },
  { jql: '"Verification".result = effective', empty: (i) => !result(i), holds: (i) => result(i) === 'effective' },
  { jql: 'Verification is EMPTY', holds: (i) => i.customFields.customfield_10052 === undefined },
  { jql: 'auditId = "A-1"', empty: (i) => !finding(i).auditId, holds: (i) => finding(i).auditId === 'A-1' },
  {
    jql: 'issue.property[audit-finding].auditId != "A-2"',
    empty: (i) => !finding(i).auditId,
    holds: (i) => finding(i).auditId !== 'A-2',
  },
  { jql: 'findingSeq >= 5', empty: (i) => finding(i).seq === undefined, holds: (i) => finding(i).seq! >= 5 },
  { jql: 'summary ~ backup', holds: (i) => i.summary.split(' ').includes('backup') },
  { jql: 'summary !~ "access review"', holds: (i) => !['access', 'review'].every((w) => i.summary.includes(w)) },
];

type Node = { t: 'term'; term: Term } | { t: 'not'; a: Node } | { t: 'and' | 'or'; a: Node; b: Node };

function randomQuery(rng: Rng, depth: number): Node {
  if (depth === 0 || rng.next() < 0.3) return { t: 'term', term: rng.pick(TERMS) };
  const kind = rng.pick(['and', 'or', 'not'] as const);
  if (kind === 'not') return { t: 'not', a: randomQuery(rng, depth - 1) };
  return { t: kind, a: randomQuery(rng, depth - 1), b: randomQuery(rng, depth - 1) };
}

/** Every compound in parentheses. */
function full(n: Node): string {
  if (n.t === 'term') return n.term.jql;
  if (n.t === 'not') return `NOT (${full(n.a)})`;
  return `(${full(n.a)} ${n.t.toUpperCase()} ${full(n.b)})`;
}

const LEVEL = { or: 0, and: 1, not: 2, term: 3 } as const;

/** Only the parentheses precedence (NOT > AND > OR, left-associative) needs. */
function minimal(n: Node): string {
  const wrap = (child: Node, min: number) => (LEVEL[child.t] < min ? `(${minimal(child)})` : minimal(child));
  if (n.t === 'term') return n.term.jql;
  if (n.t === 'not') return `NOT ${wrap(n.a, LEVEL.not)}`;
  const level = LEVEL[n.t];
  return `${wrap(n.a, level)} ${n.t.toUpperCase()} ${wrap(n.b, level + 1)}`;
}

type K = 'T' | 'F' | 'U';

/** Kleene three-valued evaluation with the oracle's own clause readings. */
function kleene(n: Node, i: JqlIssue): K {
  switch (n.t) {
    case 'term':
      if (n.term.empty?.(i)) return 'U';
      return n.term.holds(i) ? 'T' : 'F';
    case 'not': {
      const a = kleene(n.a, i);
      return a === 'T' ? 'F' : a === 'F' ? 'T' : 'U';
    }
    case 'and': {
      const [a, b] = [kleene(n.a, i), kleene(n.b, i)];
      return a === 'F' || b === 'F' ? 'F' : a === 'T' && b === 'T' ? 'T' : 'U';
    }
    case 'or': {
      const [a, b] = [kleene(n.a, i), kleene(n.b, i)];
      return a === 'T' || b === 'T' ? 'T' : a === 'F' && b === 'F' ? 'F' : 'U';
    }
  }
}

const terms = (n: Node): Term[] =>
  n.t === 'term' ? [n.term] : n.t === 'not' ? terms(n.a) : [...terms(n.a), ...terms(n.b)];
const matcher = (jql: string) => compileJql(jql, schema, { currentAccountId: ALICE, now: NOW });

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const QUERIES_PER_SEED = 60;
const ISSUES_PER_SEED = 40;

describe('JQL properties (random issues, random queries)', () => {
  it('every single clause agrees with the oracle, and so does its NOT', () => {
    const rng = prng(99);
    const issues = Array.from({ length: 200 }, (_, n) => randomIssue(rng, n));
    for (const term of TERMS) {
      const q = matcher(term.jql);
      const notQ = matcher(`NOT ${term.jql}`);
      for (const i of issues) {
        const expected = kleene({ t: 'term', term }, i);
        expect({ jql: term.jql, key: i.key, matched: q.matches(i) }).toEqual({
          jql: term.jql,
          key: i.key,
          matched: expected === 'T',
        });
        expect({ jql: `NOT ${term.jql}`, key: i.key, matched: notQ.matches(i) }).toEqual({
          jql: `NOT ${term.jql}`,
          key: i.key,
          matched: expected === 'F',
        });
      }
    }
  });

  it.each(SEEDS)('seed %i: q, NOT (q), NOT NOT q and the minimally parenthesised q follow Kleene logic', (seed) => {
    const rng = prng(seed);
    const issues = Array.from({ length: ISSUES_PER_SEED }, (_, n) => randomIssue(rng, n));
    for (let k = 0; k < QUERIES_PER_SEED; k++) {
      const node = randomQuery(rng, 4);
      const jql = full(node);
      const q = matcher(jql);
      const notQ = matcher(`NOT (${jql})`);
      const notNotQ = matcher(`NOT NOT (${jql})`);
      const flat = matcher(minimal(node));
      for (const i of issues) {
        const expected = kleene(node, i);
        const got = { q: q.matches(i), notQ: notQ.matches(i), notNotQ: notNotQ.matches(i), flat: flat.matches(i) };
        const want = { q: expected === 'T', notQ: expected === 'F', notNotQ: expected === 'T', flat: expected === 'T' };
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          throw new Error(`seed ${seed}, ${i.key}: ${jql} | ${minimal(node)}: got ${JSON.stringify(got)}`);
        }
        // The consequences, stated directly.
        expect(got.q && got.notQ).toBe(false);
        if (terms(node).every((t) => !t.empty?.(i))) expect(got.q !== got.notQ).toBe(true);
      }
    }
  });

  it.each(SEEDS)('seed %i: compare is a total preorder consistent with sorting', (seed) => {
    const rng = prng(1000 + seed);
    const issues = Array.from({ length: 25 }, (_, n) => randomIssue(rng, n));
    const sortable = [
      'key',
      'created',
      'duedate',
      'status',
      'summary',
      '"Risk score"',
      'cf[10050]',
      'findingSeq',
      'auditId',
    ];
    const fields = [rng.pick(sortable), rng.pick(sortable), rng.pick(sortable)];
    const orderBy = fields.map((f) => `${f}${rng.pick(['', ' ASC', ' DESC'])}`).join(', ');
    for (const jql of ['', `ORDER BY ${orderBy}`]) {
      const { compare } = matcher(jql);
      const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
      for (const a of issues) {
        expect(compare(a, a)).toBe(0);
        for (const b of issues) {
          expect(sign(compare(a, b)) + sign(compare(b, a))).toBe(0);
          for (const c of issues) {
            if (compare(a, b) <= 0 && compare(b, c) <= 0 && compare(a, c) > 0) {
              throw new Error(`${jql}: ${a.key} <= ${b.key} <= ${c.key} but ${a.key} > ${c.key}`);
            }
          }
        }
      }
      const sorted = [...issues].sort(compare);
      for (let k = 1; k < sorted.length; k++) expect(compare(sorted[k - 1]!, sorted[k]!)).toBeLessThanOrEqual(0);
    }
  });

  it('without ORDER BY, no two distinct issues tie', () => {
    const rng = prng(7);
    const issues = Array.from({ length: 50 }, (_, n) => randomIssue(rng, n));
    const { compare } = matcher('');
    for (const a of issues) for (const b of issues) if (a !== b) expect(compare(a, b)).not.toBe(0);
  });
});
