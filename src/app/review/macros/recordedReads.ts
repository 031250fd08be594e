import type { EntityName } from '../../../ports/entities';
import type { RecordStore } from '../../../ports/recordStore';
import type { AppServices } from '../../services';

/**
 * The services a macro computes with, and afterwards which record types it read. The answer is
 * taken from the calls themselves, not declared beside each macro, so it cannot drift from the
 * code: a macro that starts reading another record type records it the first time it runs.
 * `reads()` is null when the computation used anything whose changes the trail does not name (a
 * service other than the store and the clock, or a store write): such figures are only as good as
 * the trail head they were computed at.
 */
export interface RecordedReads {
  services: AppServices;
  reads(): EntityName[] | null;
  /**
   * Counts record types read on the computation's behalf elsewhere (a part of its figures kept as
   * its own snapshot, see heldParts) as read by it; null (unknown) makes the whole answer untracked.
   */
  include(reads: readonly string[] | null): void;
}

export function recordingReads(services: AppServices): RecordedReads {
  const entities = new Set<EntityName>();
  let untracked = false;
  const read = (...names: readonly EntityName[]) => names.forEach((name) => entities.add(name));
  const inner = services.store;
  const store: RecordStore = {
    get: (entity, id) => (read(entity), inner.get(entity, id)),
    list: (entity) => (read(entity), inner.list(entity)),
    listBy: (entity, field, value) => (read(entity), inner.listBy(entity, field, value)),
    listAfter: (entity, afterId, limit) => (read(entity), inner.listAfter(entity, afterId, limit)),
    countBy: (entity, field, values) => (read(entity), inner.countBy(entity, field, values)),
    listContaining: (entity, field, values) => (read(entity), inner.listContaining(entity, field, values)),
    listMany: (names) => (read(...names), inner.listMany(names)),
    getMany: (entity, ids) => (read(entity), inner.getMany(entity, ids)),
    apply: (change) => ((untracked = true), inner.apply(change)),
    applyMany: (changes) => ((untracked = true), inner.applyMany(changes)),
  };
  const recorded = new Proxy(services, {
    get(target, property, receiver) {
      if (property === 'store') return store;
      if (property !== 'clock') untracked = true;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return {
    services: recorded,
    reads: () => (untracked ? null : [...entities].sort()),
    include: (reads) => {
      if (reads === null) untracked = true;
      else read(...(reads as EntityName[]));
    },
  };
}
