import { clauseIds, controlIds } from '../../../src/domain/catalogue/catalogue';
import { defaultStatementOfApplicability } from '../../../src/domain/soa/soa';
import { addDays } from '../../../src/domain/calendar/calendarDate';
import type { FindingGrade } from '../../../src/domain/audits/finding';
import { entityTables } from '../../../src/adapters/sql/entityTables';
import type { EntityName } from '../../../src/ports/entities';
import type { SqliteEngine } from '../../../sandbox/platform/sqlEngine';

/**
 * The review bench's programme, written straight into the sandbox's SQLite through the store's own
 * table mapping (`entityTables`): a year's programme with `findings` findings, their Jira issues as
 * the app mirrors them, one corrective action per nonconformity (some verified, some reopened after
 * "not effective"), monthly figures and two management reviews. Every record is parsed by its
 * entity's schema first, so the bench cannot measure data the app would refuse. (The audit trail is
 * not written: rendering never reads it.)
 */

export const cycleStart = '2026-01-01';
export const period = { from: '2026-01-01', to: '2026-12-31' };
export const reviewId = 'review-2026';
const previousReviewId = 'review-2025';
const by = 'bench-seed';
const at = '2026-11-20T09:00:00.000Z';
const grades: FindingGrade[] = ['majorNC', 'minorNC', 'observation', 'opportunity'];
export const areaIds = Array.from({ length: 20 }, (_, i) => `area-${i + 1}`);

type Row = { entity: EntityName; id: string; record: unknown };

export function insertAll(engine: SqliteEngine, rows: Row[]): void {
  const db = engine.database;
  const write = db.transaction((batch: Row[]) => {
    for (const { entity, id, record } of batch) {
      const table = entityTables[entity];
      const parsed = table.schema.parse(record);
      const columns = { ...table.toColumns(parsed as never), id, version: 1, updated_at: at, updated_by: by };
      const names = Object.keys(columns);
      db.prepare(`INSERT INTO ${table.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
        ...names.map((name) => (columns as Record<string, unknown>)[name]),
      );
    }
  });
  write(rows);
}

const day = (n: number) => addDays(cycleStart, n % 330);
const itemsOf = (i: number) => [
  clauseIds[i % clauseIds.length]!,
  controlIds[(i * 7) % controlIds.length]!,
  controlIds[(i * 7 + 3) % controlIds.length]!,
];

/** The seeded programme; returns how many issues the Jira baseline needs and their labels. */
export function seedReviewProgramme(engine: SqliteEngine, findings: number): JiraCopy[] {
  const rows: Row[] = [];
  const jira: JiraCopy[] = [];
  rows.push({
    entity: 'programmeSettings',
    id: 'programme',
    record: {
      organisationName: 'Helix Biologics',
      cycleLengthMonths: 12,
      cycleStart,
      timeZone: 'Europe/Dublin',
      workingDays: [1, 2, 3, 4, 5],
    },
  });
  rows.push({
    entity: 'auditProgramme',
    id: `cycle-${cycleStart}`,
    record: { cycleStart, cycleLengthMonths: 12, ismsSpaceKey: 'ISMS' },
  });
  rows.push({ entity: 'statementOfApplicability', id: 'soa', record: defaultStatementOfApplicability() });
  for (const [i, id] of areaIds.entries()) {
    rows.push({
      entity: 'auditableArea',
      id,
      record: {
        name: `Area ${i + 1}`,
        ownerId: `owner-${i}`,
        memberIds: [],
        likelihood: 1 + (i % 5),
        impact: 1 + ((i * 3) % 5),
        itemIds: itemsOf(i),
      },
    });
  }
  const audits = Math.max(1, Math.ceil(findings / 10));
  for (let a = 0; a < audits; a += 1) {
    const start = day(Math.floor((a * 330) / audits));
    const end = addDays(start, 4);
    const past = end < '2026-11-01';
    const items = itemsOf(a);
    rows.push({
      entity: 'audit',
      id: `audit-${a}`,
      record: {
        programmeId: `cycle-${cycleStart}`,
        state: past ? (a % 3 === 0 ? 'reporting' : 'closed') : 'planned',
        reportedOn: past ? (a % 10 === 0 ? addDays(end, 9) : end) : null,
        checklist: items.map((itemId, k) => ({
          itemId,
          result: past ? (k === 0 ? 'nonconformity' : 'conforming') : null,
          note: '',
        })),
        origin: { kind: 'manual' },
        plan: {
          title: `Audit ${a + 1}`,
          areaIds: [areaIds[a % areaIds.length]!],
          itemIds: items,
          leadAuditorId: 'lead-1',
          plannedStart: start,
          plannedEnd: end,
        },
      },
    });
  }
  let actions = 0;
  for (let n = 0; n < findings; n += 1) {
    const a = n % audits;
    const grade = grades[n % grades.length]!;
    const raisedOn = day(Math.floor((a * 330) / audits) + 2);
    const findingId = `finding-${n}`;
    const nc = grade === 'majorNC' || grade === 'minorNC';
    const closed = nc && n % 3 !== 0;
    rows.push({
      entity: 'finding',
      id: findingId,
      record: {
        auditId: `audit-${a}`,
        raisedOn,
        raisedBy: 'lead-1',
        repeatOf: n % 17 === 0 && n > 0 ? [`finding-${n - 1}`] : [],
        content: {
          grade,
          itemId: itemsOf(a)[n % 3]!,
          areaId: areaIds[a % areaIds.length]!,
          requirement: 'Backups are restored on a schedule',
          evidence: `Restore log ${n}`,
          gap: nc ? 'No restore test in two quarters' : '',
        },
      },
    });
    const dueDate = addDays(raisedOn, nc ? 42 : 90);
    rows.push({
      entity: 'trackedIssue',
      id: `finding:${findingId}`,
      record: {
        subject: 'finding',
        subjectId: findingId,
        auditId: `audit-${a}`,
        state: 'raised',
        issue: { id: String(10000 + n), key: `NC-${n + 1}` },
        jobId: null,
        attempts: 1,
        lastError: null,
        jira: {
          status: closed ? 'Closed' : 'Open',
          statusCategory: closed ? 'done' : 'new',
          dueDate,
          assigneeId: null,
          updated: at,
          deleted: false,
        },
        history: [],
      },
    });
    jira.push({ grade, raisedOn, dueDate, closed, repeat: n % 17 === 0 && n > 0, action: false });
    if (!nc) continue;
    const actionId = `ca-${n}`;
    actions += 1;
    const reopened = n % 5 === 0;
    const openedAt = `${addDays(raisedOn, 1)}T10:00:00.000Z`;
    const closedAt = closed ? `${addDays(raisedOn, 20 + (n % 40))}T16:30:00.000Z` : null;
    const verifications = closed ? (reopened ? 2 : 1) : reopened ? 1 : 0;
    const verificationIds = Array.from({ length: verifications }, (_, k) => `${actionId}:v${k + 1}`);
    const plan = {
      text: 'Quarterly restore tests',
      ownerId: `owner-${n % 20}`,
      dueDate: addDays(raisedOn, 30),
      by: 'owner',
      at: openedAt,
    };
    const implementation = {
      text: 'Scheduled',
      evidence: [{ label: 'Schedule', url: 'https://example.com/s' }],
      by: 'owner',
      at: openedAt,
    };
    rows.push({
      entity: 'correctiveAction',
      id: actionId,
      record: {
        findingIds: [findingId],
        auditIds: [`audit-${a}`],
        title: `Restore tests ${n}`,
        state: closed
          ? 'closed'
          : reopened
            ? 'plan'
            : (['rootCause', 'extent', 'plan', 'implementation', 'verification'] as const)[n % 5],
        correction: { text: 'Ran a restore now', by: 'owner', at: openedAt },
        rootCause: null,
        extent: null,
        plan: closed ? plan : null,
        implementation: closed ? implementation : null,
        verificationIds,
        notEffectiveCount: reopened ? 1 : 0,
        overdueNotifiedOn: null,
        openedBy: 'lead-1',
        openedAt,
        closedAt,
      },
    });
    verificationIds.forEach((id, k) => {
      rows.push({
        entity: 'caVerification',
        id,
        record: {
          correctiveActionId: actionId,
          round: k + 1,
          result: reopened && k === 0 ? 'notEffective' : 'effective',
          note: 'Checked the restore log',
          verifierId: 'verifier-1',
          implementerId: 'owner',
          assigneeId: null,
          verifiedAt: closedAt ?? openedAt,
          verifiedAction: { plan, implementation },
        },
      });
    });
    rows.push({
      entity: 'trackedIssue',
      id: `correctiveAction:${actionId}`,
      record: {
        subject: 'correctiveAction',
        subjectId: actionId,
        auditId: `audit-${a}`,
        state: 'raised',
        issue: { id: String(500000 + n), key: `CA-${actions}` },
        jobId: null,
        attempts: 1,
        lastError: null,
        jira: {
          status: closed ? 'Closed' : 'Action planned',
          statusCategory: closed ? 'done' : 'indeterminate',
          dueDate: addDays(raisedOn, 30),
          assigneeId: null,
          updated: at,
          deleted: false,
        },
        history: [],
      },
    });
    jira.push({ grade, raisedOn, dueDate: addDays(raisedOn, 30), closed, repeat: false, action: true, reopened });
  }
  for (let m = 1; m <= 11; m += 1) {
    const month = `2026-${String(m).padStart(2, '0')}`;
    rows.push({
      entity: 'periodFigures',
      id: month,
      record: {
        month,
        incidents: m % 4,
        incidentHoursToResolve: 6 + m,
        incidentsSource: 'recorded',
        incidentsJql: null,
        countedAt: null,
        trainingCompletionPct: 80 + m,
        note: '',
      },
    });
  }
  for (const [id, from, to, previous] of [
    [previousReviewId, '2025-01-01', '2025-12-31', null],
    [reviewId, period.from, period.to, previousReviewId],
  ] as const) {
    rows.push({
      entity: 'managementReview',
      id,
      record: {
        title: `Management review ${from.slice(0, 4)}`,
        period: { from, to },
        previousReviewId: previous,
        page: null,
        heldOn: null,
        attendees: [],
        minutes: '',
        createdBy: by,
        createdAt: at,
      },
    });
  }
  for (let d = 1; d <= 5; d += 1) {
    rows.push({
      entity: 'reviewDecision',
      id: `${previousReviewId}:d${d}`,
      record: {
        reviewId: previousReviewId,
        number: d,
        text: `Decision ${d}`,
        ownerId: 'owner-1',
        dueDate: `2026-0${d}-28`,
        recordedBy: by,
        recordedAt: at,
      },
    });
  }
  for (const kind of [
    'issuesChanges',
    'interestedPartiesNeeds',
    'interestedPartyFeedback',
    'improvementOpportunities',
    'performance',
    'riskTreatment',
  ] as const) {
    rows.push({
      entity: 'reviewInput',
      id: `${reviewId}:${kind}`,
      record: {
        reviewId,
        kind,
        summary: `About ${kind}`,
        entries: [{ topic: 'A topic', detail: 'Some detail', category: 'internal' }],
      },
    });
  }
  insertAll(engine, rows);
  return jira;
}

/** What the Jira-issue-macro baseline needs of each finding or action: labels it can search by. */
export interface JiraCopy {
  grade: FindingGrade;
  raisedOn: string;
  dueDate: string;
  closed: boolean;
  repeat: boolean;
  action: boolean;
  reopened?: boolean;
}
