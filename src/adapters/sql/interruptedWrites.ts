import type { Kysely } from 'kysely';
import type { InterruptedWrite } from '../../ports/auditTrail';
import type { EntityName } from '../../ports/entities';
import { entityTable, entityTables } from './entityTables';

/**
 * Trail entries after `checkpoint` whose row change never landed: an entity's latest entry whose
 * version the row does not show (or, for a delete, whose row is still there).
 */
export async function findInterruptedWritesAfter(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are chosen at run time (see SqlTrailedStore)
  rows: Kysely<any>,
  checkpoint: number,
): Promise<InterruptedWrite[]> {
  const found: InterruptedWrite[] = [];
  for (const entity of Object.keys(entityTables) as EntityName[]) {
    const { table } = entityTable(entity);
    // Only an entity's latest trail entry can be ahead of its row: each writer read the row at
    // the previous version before claiming the next one.
    const pending = await rows
      .selectFrom('audit_trail as t')
      .leftJoin(`${table} as r`, 'r.id', 't.entity_id')
      .select(['t.seq', 't.entity_type', 't.entity_id', 't.entity_version', 't.action', 'r.version as row_version'])
      .where('t.entity_type', '=', entity)
      .where('t.seq', '>', checkpoint)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('audit_trail as later')
              .select('later.seq')
              .whereRef('later.entity_type', '=', 't.entity_type')
              .whereRef('later.entity_id', '=', 't.entity_id')
              .whereRef('later.entity_version', '>', 't.entity_version'),
          ),
        ),
      )
      .execute();
    for (const row of pending) {
      const rowVersion = row.row_version === null || row.row_version === undefined ? null : Number(row.row_version);
      const entityVersion = Number(row.entity_version);
      const applied = row.action === 'delete' ? rowVersion === null : rowVersion === entityVersion;
      if (!applied) {
        found.push({
          seq: Number(row.seq),
          entityType: String(row.entity_type),
          entityId: String(row.entity_id),
          entityVersion,
        });
      }
    }
  }
  return found.sort((a, b) => a.seq - b.seq);
}
