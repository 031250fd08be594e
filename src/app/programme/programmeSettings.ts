import type { VersionedSettings } from '../../contract/programme';
import { defaultProgrammeSettings, type ProgrammeSettings } from '../../domain/programme/programmeSettings';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';

const SETTINGS_ID = 'programme';

async function toVersioned(
  services: AppServices,
  stored: StoredRecord<ProgrammeSettings> | null,
): Promise<VersionedSettings> {
  if (!stored) {
    const settings = defaultProgrammeSettings(services.clock.now());
    return { settings, version: 0, updatedAt: null, updatedBy: null, updatedByName: null };
  }
  return {
    settings: stored.record,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
    updatedByName: await services.directory.displayName(stored.updatedBy),
  };
}

/**
 * The settings rules need (time zone, working days, cycle): one store read, with the defaults
 * before a first save. Unlike getProgrammeSettings it looks up no name, so it costs no Jira call.
 */
export async function currentProgrammeSettings(services: AppServices): Promise<ProgrammeSettings> {
  const stored = await services.store.get('programmeSettings', SETTINGS_ID);
  return stored?.record ?? defaultProgrammeSettings(services.clock.now());
}

/**
 * The same settings from records already read (a review macro reads them in its one `listMany`
 * with everything else): the stored ones, or the defaults before a first save.
 */
export function programmeSettingsAmong(
  listed: readonly StoredRecord<ProgrammeSettings>[],
  now: Date,
): ProgrammeSettings {
  return listed.find((stored) => stored.id === SETTINGS_ID)?.record ?? defaultProgrammeSettings(now);
}

export async function getProgrammeSettings(services: AppServices): Promise<VersionedSettings> {
  return toVersioned(services, await services.store.get('programmeSettings', SETTINGS_ID));
}

export interface UpdateProgrammeSettingsCommand {
  settings: ProgrammeSettings;
  expectedVersion: number;
  reason?: string | undefined;
}

export async function updateProgrammeSettings(
  services: AppServices,
  caller: Caller,
  command: UpdateProgrammeSettingsCommand,
): Promise<VersionedSettings> {
  const current = await services.store.get('programmeSettings', SETTINGS_ID);
  expectVersion(current, command.expectedVersion, 'The programme settings');
  // A form that does not show the process owners or the evaluation threshold leaves them as they are.
  const kept = {
    ...(current?.record.processOwners ? { processOwners: current.record.processOwners } : {}),
    ...(current?.record.minEvaluationResult ? { minEvaluationResult: current.record.minEvaluationResult } : {}),
  };
  const saved = await services.store.apply({
    entity: 'programmeSettings',
    id: SETTINGS_ID,
    before: current,
    after: { ...kept, ...command.settings },
    actor: caller.accountId,
    at: services.clock.now(),
    reason: command.reason ?? null,
  });
  return toVersioned(services, saved);
}
