import { computeMacroData } from '../../../src/app/review/macros/macroData';
import { partKey } from '../../../src/app/review/macros/heldParts';
import type { AppServices } from '../../../src/app/services';
import type { MacroData } from '../../../src/contract/review';
import type { FindingGrade } from '../../../src/domain/audits/finding';
import { dispatch } from '../../../src/entry/dispatch';
import type { RecordStore } from '../../../src/ports/recordStore';
import type { EntityName, EntityTypes } from '../../../src/ports/entities';
import { mulberry32, type Random } from '../../../sandbox/platform/limits/prng';
import { appServicesForTest, grantRoles, MemorySnapshots, type TestClock } from '../../support/appServices';
import { people, put, seedProgramme, settingsIn } from './registerFixture';

/**
 * The KPI tiles keep the tiles computed from the app's records as a part of their own (see
 * heldParts), so a month's figures recorded recomputes the recorded-figure tiles only. The proofs:
 * after random sequences of writes the tiles a reader sees equal a full read's; a part that lags
 * the trail, or that KVS gives back damaged, is computed again; and the view after a month's
 * figures reads the same few small records whatever the programme's size.
 */

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let clock: TestClock;

const call = (name: string, payload: unknown, who = people.viewer) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

async function shown(config: Record<string, unknown>): Promise<MacroData> {
  const result = await call('getMacroData', { macro: 'kpiTiles', config });
  expect(result).toMatchObject({ ok: true, value: { macro: 'kpiTiles', status: 'ready' } });
  return result.value as MacroData;
}

const figuresOf = (data: MacroData) => (data.status === 'ready' ? data.view : data);

const configs: Array<Record<string, unknown>> = [
  {},
  { from: '2026-01-01', to: '2026-06-30' },
  { from: '2026-01-01', to: '2026-12-31', source: 'internalAudit' },
  { tiles: ['incidents', 'openNcsByGrade'] },
];

async function tilesMatchAFullRead(step: string): Promise<void> {
  for (const config of configs) {
    const page = await shown(config);
    const fresh = await computeMacroData(services, 'kpiTiles', config, clock.now());
    expect({ step, config, figures: figuresOf(page) }).toEqual({ step, config, figures: figuresOf(fresh) });
  }
}

async function change<K extends EntityName>(entity: K, id: string, edit: (record: EntityTypes[K]) => EntityTypes[K]) {
  const current = await services.store.get(entity, id);
  if (!current) throw new Error(`test: no ${entity} ${id}`);
  await put(services, entity, id, edit(current.record));
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const grades: FindingGrade[] = ['majorNC', 'minorNC', 'observation', 'opportunity'];
const findingIds = ['f-major', 'f-minor', 'f-obs', 'f-failed', 'f-old'];
const day = (random: Random) =>
  `2026-${String(1 + Math.floor(random() * 11)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

/** One random write of the kinds a programme sees between two views of the review page. */
function randomWrite(random: Random, step: number): [string, () => Promise<void>] {
  const writes: Array<[string, () => Promise<void>]> = [
    [
      'a month recorded',
      () => {
        const month = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
        return put(services, 'periodFigures', month, {
          month,
          incidents: Math.floor(random() * 9),
          incidentHoursToResolve: Math.floor(random() * 40),
          incidentsSource: 'recorded',
          incidentsJql: null,
          countedAt: null,
          trainingCompletionPct: Math.floor(random() * 101),
          note: '',
        });
      },
    ],
    [
      'a regrade',
      () =>
        change('finding', pick(random, findingIds), (f) => ({
          ...f,
          content: { ...f.content, grade: pick(random, grades) },
        })),
    ],
    [
      'a new finding',
      async () => {
        const source = await services.store.get('finding', pick(random, findingIds));
        const grade = pick(random, grades);
        await put(services, 'finding', `f-new-${step}`, {
          ...source!.record,
          raisedOn: day(random),
          content: { ...source!.record.content, grade },
        });
      },
    ],
    [
      'an action closed or reopened',
      () =>
        change('correctiveAction', 'ca-1', (a) =>
          a.state === 'closed'
            ? { ...a, state: 'implementation', closedAt: null }
            : { ...a, state: 'closed', closedAt: `${day(random)}T10:00:00.000Z` },
        ),
    ],
    [
      'the time zone changed',
      () =>
        change('programmeSettings', 'programme', (s) => settingsIn(s.timeZone === 'UTC' ? 'Pacific/Auckland' : 'UTC')),
    ],
    [
      'a Jira sync',
      () =>
        change('trackedIssue', 'finding:f-major', (t) => ({
          ...t,
          jira: t.jira && { ...t.jira, status: t.jira.status === 'Done' ? 'To Do' : 'Done' },
        })),
    ],
  ];
  return pick(random, writes);
}

/** The store with the records each read gives back counted, and their JSON bytes. */
function countingRecords(store: RecordStore) {
  const figures = { calls: 0, records: 0, bytes: 0 };
  const counted = (value: unknown): number => {
    if (Array.isArray(value)) return value.length;
    if (value instanceof Map) return value.size;
    if (value && typeof value === 'object' && 'record' in value) return 1;
    if (value && typeof value === 'object')
      return Object.values(value).reduce<number>((sum, part) => sum + counted(part), 0);
    return 0;
  };
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver) as unknown;
      if (typeof member !== 'function' || property === 'apply' || property === 'applyMany') return member;
      return async (...args: unknown[]) => {
        const answer = (await (member as (...a: unknown[]) => Promise<unknown>).apply(target, args)) as unknown;
        figures.calls += 1;
        figures.records += counted(answer);
        figures.bytes += JSON.stringify(answer instanceof Map ? [...answer.values()] : (answer ?? null)).length;
        return answer;
      };
    },
  });
  return { store: wrapped, figures };
}

beforeEach(async () => {
  ctx = await appServicesForTest();
  services = ctx.services;
  clock = ctx.clock;
  await grantRoles(services, { [people.manager]: ['programmeManager'], [people.viewer]: ['viewer'] });
  await seedProgramme(services);
});
afterEach(() => ctx.close());

describe('the KPI tiles held in parts', () => {
  it.each([1, 2, 3])(
    'equal a full read after every write of a random sequence (seed %i)',
    async (seed) => {
      const random = mulberry32(seed);
      await tilesMatchAFullRead('seeded');
      for (let step = 0; step < 14; step += 1) {
        clock.advanceMinutes(Math.floor(random() * 9));
        const [what, write] = randomWrite(random, step);
        await write();
        await tilesMatchAFullRead(`${step}: ${what}`);
      }
    },
    120_000,
  );

  it('compute a part again when the trail moved past it on a record type it read', async () => {
    const before = figuresOf(await shown({}));
    clock.advanceMinutes(1);
    await change('finding', 'f-obs', (f) => ({ ...f, content: { ...f.content, grade: 'majorNC' } }));
    const listMany = jest.spyOn(services.store, 'listMany');
    const after = figuresOf(await shown({}));
    // The small read and the part's own full read: the lagging part was not taken.
    expect(listMany).toHaveBeenCalledTimes(2);
    expect(after).not.toEqual(before);
    expect(after).toEqual(figuresOf(await computeMacroData(services, 'kpiTiles', {}, clock.now())));
  }, 60_000);

  it('compute a part again when KVS gives it back damaged, stamped ahead of the trail or too old', async () => {
    const snapshots = services.snapshots as MemorySnapshots;
    await shown({});
    const partKeys = () => [...snapshots.values.keys()].filter((key) => key.startsWith('review-part:kpiStoreTiles:'));
    expect(partKeys()).toHaveLength(1);
    const [key] = partKeys();
    const kept = snapshots.values.get(key!) as { stamp: number; writtenAt: string; value: unknown[] };
    const damaged: Array<[string, unknown]> = [
      ['a tile missing', { ...kept, value: kept.value.slice(1) }],
      ['not a part', { stamp: kept.stamp, value: 'zero' }],
      ['stamped ahead of the trail', { ...kept, stamp: kept.stamp + 1000 }],
      ['written too long ago', { ...kept, writtenAt: new Date(clock.now().getTime() - 16 * 60_000).toISOString() }],
    ];
    // Every page view now changes something the outer snapshot read: a month's figures, recorded afresh.
    for (const [what, value] of damaged) {
      clock.advanceMinutes(1);
      await put(services, 'periodFigures', '2026-10', {
        month: '2026-10',
        incidents: what.length,
        incidentHoursToResolve: 1,
        incidentsSource: 'recorded',
        incidentsJql: null,
        countedAt: null,
        trainingCompletionPct: 50,
        note: '',
      });
      snapshots.values.set(key!, value);
      const listMany = jest.spyOn(services.store, 'listMany');
      const page = figuresOf(await shown({}));
      expect({ what, calls: listMany.mock.calls.length }).toEqual({ what, calls: 2 });
      expect(page).toEqual(figuresOf(await computeMacroData(services, 'kpiTiles', {}, clock.now())));
      listMany.mockRestore();
    }
    expect(partKey('kpiStoreTiles', {})).toMatch(/^review-part:kpiStoreTiles:[0-9a-f]{32}$/);
  }, 60_000);

  it('read the same few small records after a month recorded, whatever the number of findings', async () => {
    const readsAt = async (extraFindings: number) => {
      const source = (await services.store.get('finding', 'f-major'))!;
      await services.store.applyMany(
        Array.from({ length: extraFindings }, (_, i) => ({
          entity: 'finding' as const,
          id: `f-bulk-${extraFindings}-${i}`,
          before: null,
          after: { ...source.record, raisedOn: `2026-0${1 + (i % 9)}-1${i % 10}` },
          actor: people.manager,
          at: clock.now(),
        })),
      );
      await shown({});
      clock.advanceMinutes(1);
      await put(services, 'periodFigures', `2026-0${extraFindings > 100 ? 8 : 7}`, {
        month: `2026-0${extraFindings > 100 ? 8 : 7}`,
        incidents: 2,
        incidentHoursToResolve: 3,
        incidentsSource: 'recorded',
        incidentsJql: null,
        countedAt: null,
        trainingCompletionPct: 70,
        note: '',
      });
      const counting = countingRecords(ctx.store);
      const real = services;
      services = { ...real, store: counting.store };
      try {
        await shown({});
      } finally {
        services = real;
      }
      return counting.figures;
    };
    const small = await readsAt(20);
    const large = await readsAt(400);
    // The caller's roles, the settings and the months recorded: no finding, action or verification.
    expect(large.records).toBe(small.records + 1);
    expect(large.calls).toBe(small.calls);
    expect(large.records).toBeLessThanOrEqual(8);
    expect(large.bytes).toBeLessThan(8 * 1024);
  }, 120_000);
});
