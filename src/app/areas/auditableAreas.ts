import type { AreaView } from '../../contract/areas';
import { conflict, notFound } from '../../domain/failure';
import type { AuditableArea } from '../../domain/areas/auditableArea';
import { riskLevel, riskScore } from '../../domain/programme/riskFrequency';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';

async function toView(services: AppServices, stored: StoredRecord<AuditableArea>): Promise<AreaView> {
  const area = stored.record;
  return {
    id: stored.id,
    version: stored.version,
    area,
    ownerName: await services.directory.displayName(area.ownerId),
    riskScore: riskScore(area.likelihood, area.impact),
    riskLevel: riskLevel(area.likelihood, area.impact),
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  };
}

/** Every auditable area, highest risk first, then by name. */
export async function listAuditableAreas(services: AppServices): Promise<{ areas: AreaView[] }> {
  const views = await Promise.all(
    (await services.store.list('auditableArea')).map((stored) => toView(services, stored)),
  );
  views.sort((a, b) => b.riskScore - a.riskScore || a.area.name.localeCompare(b.area.name));
  return { areas: views };
}

export interface SaveAreaCommand {
  id?: string | undefined;
  expectedVersion: number;
  area: AuditableArea;
  reason?: string | undefined;
}

/** Creates an area (no id) or changes one; names are unique, case aside, so a CSV can refer to them. */
export async function saveAuditableArea(
  services: AppServices,
  caller: Caller,
  command: SaveAreaCommand,
): Promise<AreaView> {
  const all = await services.store.list('auditableArea');
  const current = command.id ? (all.find((stored) => stored.id === command.id) ?? null) : null;
  if (command.id && !current) throw notFound(`There is no area ${command.id}`);
  expectVersion(current, command.expectedVersion, `The area ${command.area.name}`);
  const clash = all.find(
    (stored) => stored.id !== command.id && stored.record.name.toLowerCase() === command.area.name.toLowerCase(),
  );
  if (clash) throw conflict(`An area called ${clash.record.name} exists already`, 'area.name');
  const saved = await services.store.apply({
    entity: 'auditableArea',
    id: command.id ?? services.ids.newId('area'),
    before: current,
    after: command.area,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: command.reason ?? null,
  });
  if (!saved) throw new Error('saveAuditableArea: the store returned no record for a write');
  return toView(services, saved);
}
