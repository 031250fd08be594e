import { useCallback, useMemo } from 'react';
import type { AreaView, ResolverError, ResolverOutput, RoleAssignment } from '../../../../src/contract';
import { useResolverQuery } from '../../../shared/useResolverQuery';

export type CatalogueItem = ResolverOutput<'getCatalogue'>['items'][number];

/** What the audit screens pick from: the areas, the people with app roles, and the catalogue. */
export interface AuditLookups {
  areas: readonly AreaView[];
  people: readonly RoleAssignment[];
  catalogue: readonly CatalogueItem[];
  areaName: (areaId: string) => string;
  personName: (accountId: string) => string;
  itemTitle: (itemId: string) => string | null;
}

export type LookupsState =
  | { status: 'loading'; reload: () => void }
  | { status: 'error'; error: ResolverError; reload: () => void }
  | { status: 'ok'; lookups: AuditLookups; reload: () => void };

function lookupsOf(
  areas: readonly AreaView[],
  people: readonly RoleAssignment[],
  catalogue: readonly CatalogueItem[],
): AuditLookups {
  const areaNames = new Map(areas.map((area) => [area.id, area.area.name]));
  const names = new Map(people.map((person) => [person.accountId, person.displayName]));
  const titles = new Map(catalogue.map((item) => [item.id, item.title]));
  return {
    areas,
    people,
    catalogue,
    areaName: (areaId) => areaNames.get(areaId) ?? areaId,
    personName: (accountId) => names.get(accountId) ?? accountId,
    itemTitle: (itemId) => titles.get(itemId) ?? null,
  };
}

/** Reads the three lists once for the whole tab; `reload` reads the areas and people again. */
export function useAuditLookups(): LookupsState {
  const areas = useResolverQuery('listAuditableAreas', {});
  const people = useResolverQuery('listRoleAssignments', {});
  const catalogue = useResolverQuery('getCatalogue', {});
  const { reload: reloadAreas } = areas;
  const { reload: reloadPeople } = people;
  const { reload: reloadCatalogue } = catalogue;
  const reload = useCallback(() => {
    void reloadAreas();
    void reloadPeople();
  }, [reloadAreas, reloadPeople]);
  const retry = useCallback(() => {
    void reloadAreas();
    void reloadPeople();
    void reloadCatalogue();
  }, [reloadAreas, reloadPeople, reloadCatalogue]);

  const areaList = areas.state.status === 'ok' ? areas.state.value.areas : null;
  const peopleList = people.state.status === 'ok' ? people.state.value.assignments : null;
  const items = catalogue.state.status === 'ok' ? catalogue.state.value.items : null;
  const lookups = useMemo(
    () => (areaList && peopleList && items ? lookupsOf(areaList, peopleList, items) : null),
    [areaList, peopleList, items],
  );

  const failed = [areas.state, people.state, catalogue.state].find((state) => state.status === 'error');
  if (failed?.status === 'error') return { status: 'error', error: failed.error, reload: retry };
  return lookups ? { status: 'ok', lookups, reload } : { status: 'loading', reload };
}
