import type { ParsedInput } from '../../contract/resolvers';
import type { PeriodFiguresView } from '../../contract/review';
import { Failure, invalidInput } from '../../domain/failure';
import { PeriodFiguresRecord } from '../../domain/review/periodFigures';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';

type StoredFigures = StoredRecord<PeriodFiguresRecord>;

function toView(stored: StoredFigures, updatedByName: string | null): PeriodFiguresView {
  return {
    ...stored.record,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedByName,
  };
}

const named = async (services: AppServices, stored: StoredFigures) =>
  toView(stored, await services.directory.displayName(stored.updatedBy));

/** What a month holds before anything is recorded for it. */
const emptyMonth = (month: string): PeriodFiguresRecord => ({
  month,
  incidents: null,
  incidentHoursToResolve: null,
  incidentsSource: 'recorded',
  incidentsJql: null,
  countedAt: null,
  trainingCompletionPct: null,
  note: '',
});

/** Every month recorded, newest first, with the printed name of who changed it last (one lookup each person). */
export async function listPeriodFigures(services: AppServices): Promise<{ figures: PeriodFiguresView[] }> {
  const all = await services.store.list('periodFigures');
  const people = [...new Set(all.map((stored) => stored.updatedBy))];
  const names = new Map(
    await Promise.all(people.map(async (id) => [id, await services.directory.displayName(id)] as const)),
  );
  const figures = all
    .sort((a, b) => (a.record.month < b.record.month ? 1 : a.record.month > b.record.month ? -1 : 0))
    .map((stored) => toView(stored, names.get(stored.updatedBy) ?? null));
  return { figures };
}

async function write(
  services: AppServices,
  caller: Caller,
  current: StoredFigures | null,
  after: PeriodFiguresRecord,
  reason: string | null,
): Promise<PeriodFiguresView> {
  const saved = await services.store.apply({
    entity: 'periodFigures',
    id: after.month,
    before: current,
    after: PeriodFiguresRecord.parse(after),
    actor: caller.accountId,
    at: services.clock.now(),
    reason,
  });
  if (!saved) throw new Error('periodFigures: the store returned no record for a write');
  return named(services, saved);
}

/** The month's stored figures (null: none yet), refused when they changed since the caller read them. */
async function monthAsRead(
  services: AppServices,
  input: { month: string; expectedVersion: number },
): Promise<StoredRecord<PeriodFiguresRecord> | null> {
  const current = await services.store.get('periodFigures', input.month);
  expectVersion(current, input.expectedVersion, `The figures of ${input.month}`);
  return current;
}

/**
 * The programme manager records one month's incidents, mean hours to resolve and training
 * completion (optimistic: `expectedVersion` is the version read, 0 for a new month). An incident
 * count that a JQL search produced stays marked as counted in Jira while the count and the JQL are
 * kept as they were; typing another count makes it a recorded figure.
 */
export async function savePeriodFigures(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'savePeriodFigures'>,
): Promise<PeriodFiguresView> {
  const current = await monthAsRead(services, input);
  const before = current?.record ?? emptyMonth(input.month);
  const stillCounted =
    before.incidentsSource === 'jql' &&
    before.incidents === input.incidents &&
    before.incidentsJql === input.incidentsJql;
  return write(
    services,
    caller,
    current,
    {
      month: input.month,
      incidents: input.incidents,
      incidentHoursToResolve: input.incidentHoursToResolve,
      incidentsSource: stillCounted ? 'jql' : 'recorded',
      incidentsJql: input.incidentsJql,
      countedAt: stillCounted ? before.countedAt : null,
      trainingCompletionPct: input.trainingCompletionPct,
      note: input.note,
    },
    input.reason ?? null,
  );
}

/** Enough pages for 5 million issues: a JQL that finds more is no month's incident list. */
const maxSearchPages = 1000;

/**
 * Counts one month's incidents with a JQL search run AS THE CALLER (they see only what Jira lets
 * them see), paging to the end, and records the count with the JQL and when it was counted. A JQL
 * Jira refuses is `invalid_input` on `jql` and nothing is written. The month's other figures stay.
 */
export async function countIncidentsInJira(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'countIncidentsInJira'>,
): Promise<PeriodFiguresView> {
  const current = await monthAsRead(services, input);
  const jira = services.jira.asUser(caller.accountId);
  let count = 0;
  let token: string | undefined;
  try {
    for (let page = 0; ; page += 1) {
      if (page >= maxSearchPages) throw invalidInput('jql', 'The JQL finds too many issues: narrow it to the month');
      const result = await jira.searchIds(input.jql, token);
      count += result.ids.length;
      if (!result.nextPageToken) break;
      token = result.nextPageToken;
    }
  } catch (error) {
    if (error instanceof Failure && error.code === 'invalid_input') {
      throw invalidInput('jql', `Jira cannot run this JQL: ${error.message}`);
    }
    throw error;
  }
  const before = current?.record ?? emptyMonth(input.month);
  return write(
    services,
    caller,
    current,
    {
      ...before,
      incidents: count,
      incidentsSource: 'jql',
      incidentsJql: input.jql,
      countedAt: services.clock.now().toISOString(),
    },
    `Incidents counted in Jira: ${count}`,
  );
}
