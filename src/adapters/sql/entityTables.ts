import { z } from 'zod';
import { UserRoles } from '../../domain/access/userRoles';
import { ProgrammeSettings } from '../../domain/programme/programmeSettings';
import type { EntityName, EntityTypes } from '../../ports/entities';
import type { Database, RecordColumns } from './database';

type RecordTableName = 'programme_settings' | 'user_roles' | 'programme_bootstrap';

/**
 * How one entity is laid out in its table. `toColumns` and `fromColumns` are the only place a
 * record meets SQL; `schema` re-validates what comes back, because stored data is a boundary too.
 */
export interface EntityTable<K extends EntityName> {
  table: RecordTableName;
  schema: z.ZodType<EntityTypes[K]>;
  toColumns(record: EntityTypes[K]): Record<string, string | number>;
  fromColumns(row: Record<string, unknown>): unknown;
}

const jsonArray = (text: unknown) => JSON.parse(String(text)) as unknown;

export const entityTables: { [K in EntityName]: EntityTable<K> } = {
  programmeSettings: {
    table: 'programme_settings',
    schema: ProgrammeSettings as unknown as z.ZodType<EntityTypes['programmeSettings']>,
    toColumns: (s) => ({
      organisation_name: s.organisationName,
      cycle_length_months: s.cycleLengthMonths,
      cycle_start: s.cycleStart,
      time_zone: s.timeZone,
      working_days: JSON.stringify(s.workingDays),
    }),
    fromColumns: (row) => ({
      organisationName: row.organisation_name,
      cycleLengthMonths: Number(row.cycle_length_months),
      cycleStart: row.cycle_start,
      timeZone: row.time_zone,
      workingDays: jsonArray(row.working_days),
    }),
  },
  userRoles: {
    table: 'user_roles',
    schema: UserRoles,
    toColumns: (r) => ({ roles: JSON.stringify(r.roles) }),
    fromColumns: (row) => ({ accountId: row.id, roles: jsonArray(row.roles) }),
  },
  programmeBootstrap: {
    table: 'programme_bootstrap',
    schema: z.object({ firstProgrammeManager: z.string().min(1) }),
    toColumns: (r) => ({ first_programme_manager: r.firstProgrammeManager }),
    fromColumns: (row) => ({ firstProgrammeManager: row.first_programme_manager }),
  },
};

export function entityTable<K extends EntityName>(entity: K): EntityTable<K> {
  return entityTables[entity];
}

export function isEntityName(name: string): name is EntityName {
  return Object.prototype.hasOwnProperty.call(entityTables, name);
}

export type { RecordColumns, Database };
