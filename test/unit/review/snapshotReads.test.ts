import { stillHolds, type MacroSnapshot } from '../../../src/app/review/macros/macroSnapshot';
import { recordingReads } from '../../../src/app/review/macros/recordedReads';
import type { AppServices } from '../../../src/app/services';
import type { AuditTrail } from '../../../src/ports/auditTrail';

/** What a snapshot records of its computation's reads, and when it still holds after changes. */

const noRecords = async () => [];
const services = {
  store: {
    get: async () => null,
    list: noRecords,
    listBy: noRecords,
    listMany: async (names: string[]) => Object.fromEntries(names.map((n) => [n, []])),
    getMany: async () => new Map(),
    apply: async () => null,
    applyMany: noRecords,
  },
  clock: { now: () => new Date('2026-11-24T09:00:00.000Z') },
  directory: { displayName: async () => 'Someone' },
} as unknown as AppServices;

describe('the record types a computation read', () => {
  it('are every type it listed or got, each once, sorted', async () => {
    const recorded = recordingReads(services);
    await recorded.services.store.listMany(['finding', 'programmeSettings']);
    await recorded.services.store.get('audit', 'au-1');
    await recorded.services.store.listBy('finding', 'auditId', 'au-1');
    await recorded.services.store.getMany('correctiveAction', ['ca-1']);
    await recorded.services.store.list('periodFigures');
    recorded.services.clock.now();
    expect(recorded.reads()).toEqual(['audit', 'correctiveAction', 'finding', 'periodFigures', 'programmeSettings']);
  });

  it('are unknown once it used another service or wrote', async () => {
    const directory = recordingReads(services);
    await directory.services.store.list('finding');
    await directory.services.directory.displayName('acct-1');
    expect(directory.reads()).toBeNull();
    const wrote = recordingReads(services);
    await wrote.services.store.apply({} as never);
    expect(wrote.reads()).toBeNull();
  });
});

describe('a snapshot still holds', () => {
  const snapshot = (reads: string[] | null | undefined, stamp = 10): MacroSnapshot => ({
    stamp,
    writtenAt: '2026-11-24T09:00:00.000Z',
    data: { status: 'unavailable', macro: 'kpiTiles', reason: '', fix: '', problems: [] },
    ...(reads === undefined ? {} : { reads }),
  });
  const trailChanging = (types: string[] | Error) => {
    const asked: Array<{ afterSeq: number; throughSeq: number }> = [];
    const trail = {
      entityTypesChanged: async (range: { afterSeq: number; throughSeq: number }) => {
        asked.push(range);
        if (types instanceof Error) throw types;
        return types;
      },
    } as unknown as AuditTrail;
    return { trail, asked };
  };

  it('at its own head without reading the trail', async () => {
    const { trail, asked } = trailChanging(['finding']);
    expect(await stillHolds(trail, snapshot(['finding']), 10)).toBe(true);
    expect(asked).toEqual([]);
  });

  it('after changes to other record types only', async () => {
    const { trail, asked } = trailChanging(['periodFigures', 'trackedIssue']);
    expect(await stillHolds(trail, snapshot(['audit', 'finding']), 14)).toBe(true);
    expect(asked).toEqual([{ afterSeq: 10, throughSeq: 14 }]);
    expect(await stillHolds(trail, snapshot(['finding', 'trackedIssue']), 14)).toBe(false);
  });

  it('never when its reads are unknown, the head went back or the trail cannot be read', async () => {
    expect(await stillHolds(trailChanging([]).trail, snapshot(undefined), 11)).toBe(false);
    expect(await stillHolds(trailChanging([]).trail, snapshot(null), 11)).toBe(false);
    expect(await stillHolds(trailChanging([]).trail, snapshot(['finding'], 12), 11)).toBe(false);
    expect(await stillHolds(trailChanging(new Error('busy')).trail, snapshot(['finding']), 11)).toBe(false);
  });
});
