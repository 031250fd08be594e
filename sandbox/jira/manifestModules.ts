import { isRecord, type AppFieldDefinition, type AppFieldType, type EntityPropertyDefinition } from './model';

type Module = Record<string, unknown> & { key: string };

const FIELD_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'object', 'date', 'datetime', 'user']);
const PROPERTY_TYPES = new Set(['string', 'number', 'date', 'user', 'text']);

/** An object field's `schema.properties`, flattened to dotted paths (nested objects included). */
function objectProperties(schema: unknown, prefix = ''): NonNullable<AppFieldDefinition['properties']> {
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  return Object.entries(schema.properties).flatMap(([name, property]) => {
    if (!isRecord(property)) return [];
    const path = `${prefix}${name}`;
    if (property.type === 'object') return objectProperties(property, `${path}.`);
    const type = String(property.searchType ?? property.type ?? 'string');
    return [{ path, type, ...(typeof property.searchAlias === 'string' ? { searchAlias: property.searchAlias } : {}) }];
  });
}

/**
 * The emulator's `appFields` and `entityProperties` from the app's manifest modules
 * (`jira:customField`, `jira:entityProperty` for issues), so the sandbox registers exactly the
 * fields and JQL aliases the app declares. Types the emulator does not model are skipped.
 */
export function jiraModulesFromManifest(manifest: { list(kind: string): Module[] }): {
  appFields: AppFieldDefinition[];
  entityProperties: EntityPropertyDefinition[];
} {
  const appFields = manifest.list('jira:customField').flatMap((module): AppFieldDefinition[] => {
    const base = String(module.type ?? 'string');
    const type: AppFieldType | undefined =
      module.collection === 'list'
        ? base === 'string'
          ? 'array-string'
          : undefined
        : FIELD_TYPES.has(base)
          ? (base as AppFieldType)
          : undefined;
    if (!type) return [];
    const properties = type === 'object' ? objectProperties(module.schema) : [];
    return [
      {
        key: module.key,
        name: String(module.name ?? module.key),
        type,
        ...(module.readOnly === true ? { readOnly: true } : {}),
        ...(properties.length > 0 ? { properties } : {}),
      },
    ];
  });
  const entityProperties = manifest
    .list('jira:entityProperty')
    .filter((module) => (module.entityType ?? 'issue') === 'issue' && typeof module.propertyKey === 'string')
    .map((module) => ({
      propertyKey: module.propertyKey as string,
      values: (Array.isArray(module.values) ? module.values : []).filter(isRecord).flatMap((value) => {
        const type = String(value.type ?? 'string');
        if (typeof value.path !== 'string' || !PROPERTY_TYPES.has(type)) return [];
        return [
          {
            path: value.path,
            type: type as 'string' | 'number' | 'date' | 'user' | 'text',
            ...(typeof value.searchAlias === 'string' ? { searchAlias: value.searchAlias } : {}),
          },
        ];
      }),
    }));
  return { appFields, entityProperties };
}
