import { computeMacroData } from '../../../src/app/review/macros/macroData';
import type { AppServices } from '../../../src/app/services';
import type { MacroData } from '../../../src/contract/review';
import { MacroKind } from '../../../src/domain/review/macroKinds';
import type { EntityName, EntityTypes } from '../../../src/ports/entities';
import { dispatch } from '../../../src/entry/dispatch';
import { appServicesForTest, grantRoles, type TestClock } from '../../support/appServices';
import { people, put, seedProgramme } from './registerFixture';

/**
 * A macro's snapshot answers for as long as no change touched a record type its figures read. The
 * proof that this never shows stale figures: after each kind of change (a month's figures, an
 * edit, a regrade, a closure, a Jira sync, a deletion, a new finding, an audit started) every macro's
 * answer equals figures computed from every record at that moment.
 */

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let clock: TestClock;

const call = (name: string, payload: unknown, who = people.viewer) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

async function shown(kind: MacroKind): Promise<MacroData> {
  const result = await call('getMacroData', { macro: kind, config: {} });
  expect(result).toMatchObject({ ok: true, value: { macro: kind } });
  return result.value as MacroData;
}

/** What a reader sees, without the moment it was computed at (a snapshot is older by design). */
const figuresOf = (data: MacroData) => (data.status === 'ready' ? data.view : data);

async function everyMacroMatchesAFullRead(): Promise<void> {
  for (const kind of MacroKind.options) {
    const page = await shown(kind);
    const fresh = await computeMacroData(services, kind, {}, clock.now());
    expect({ kind, figures: figuresOf(page) }).toEqual({ kind, figures: figuresOf(fresh) });
  }
}

async function change<K extends EntityName>(entity: K, id: string, edit: (record: EntityTypes[K]) => EntityTypes[K]) {
  const current = await services.store.get(entity, id);
  if (!current) throw new Error(`test: no ${entity} ${id}`);
  await put(services, entity, id, edit(current.record));
}

beforeEach(async () => {
  ctx = await appServicesForTest();
  services = ctx.services;
  clock = ctx.clock;
  await grantRoles(services, { [people.manager]: ['programmeManager'], [people.viewer]: ['viewer'] });
  await seedProgramme(services);
});
afterEach(() => ctx.close());

/** October's figures as a manager records them: recorded in two of the changes below. */
const octoberFigures = {
  month: '2026-10',
  incidents: 3,
  incidentHoursToResolve: 5,
  incidentsSource: 'recorded' as const,
  incidentsJql: null,
  countedAt: null,
  trainingCompletionPct: 80,
  note: '',
};

describe('review macro snapshots after changes', () => {
  it('show the figures of a full read after every kind of change', async () => {
    await everyMacroMatchesAFullRead();
    const changes: Array<[string, () => Promise<void>]> = [
      ['a month recorded', () => put(services, 'periodFigures', '2026-10', octoberFigures)],
      [
        'an edit that moves no figure',
        () => change('finding', 'f-obs', (f) => ({ ...f, content: { ...f.content, evidence: 'Seen again' } })),
      ],
      ['a regrade', () => change('finding', 'f-minor', (f) => ({ ...f, content: { ...f.content, grade: 'majorNC' } }))],
      [
        'a closure',
        () =>
          change('correctiveAction', 'ca-1', (a) => ({ ...a, state: 'closed', closedAt: '2026-11-23T10:00:00.000Z' })),
      ],
      [
        'a Jira sync',
        () =>
          change('trackedIssue', 'finding:f-major', (t) => ({
            ...t,
            jira: t.jira && { ...t.jira, status: 'Done', statusCategory: 'done' },
          })),
      ],
      [
        'a deletion',
        async () => {
          const before = await services.store.get('trackedIssue', 'finding:f-failed');
          await services.store.apply({
            entity: 'trackedIssue',
            id: 'finding:f-failed',
            before,
            after: null,
            actor: people.manager,
            at: clock.now(),
          });
        },
      ],
      [
        'a new finding',
        async () => {
          const source = await services.store.get('finding', 'f-major');
          await put(services, 'finding', 'f-new', { ...source!.record, raisedOn: '2026-11-20' });
        },
      ],
      ['an audit started', () => change('audit', 'au-next', (a) => ({ ...a, state: 'inProgress' }))],
    ];
    for (const [what, made] of changes) {
      clock.advanceMinutes(1);
      await made();
      await expect(everyMacroMatchesAFullRead()).resolves.toBeUndefined();
      expect(what).toBeTruthy();
    }
  }, 120_000);

  it('answer from the snapshot, without reading the records again, after a change to records they do not read', async () => {
    for (const kind of MacroKind.options) await shown(kind);
    clock.advanceMinutes(1);
    await put(services, 'periodFigures', '2026-10', octoberFigures);
    const listMany = jest.spyOn(services.store, 'listMany');
    await shown('findingRegister');
    await shown('caAgeing');
    await shown('programmeSchedule');
    expect(listMany).not.toHaveBeenCalled();
    // The KPI tiles count the month's incidents: they are computed again.
    await shown('kpiTiles');
    expect(listMany).toHaveBeenCalledTimes(1);
  }, 120_000);
});
