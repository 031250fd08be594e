import type { JqlSchema } from './jql';
import { isRecord, type AppFieldDefinition, type AppFieldType, type EntityPropertyDefinition } from './model';
import type { JiraStore } from './store';

/** The sandbox app's id (manifest.yml) and environment, as Forge builds custom field keys from them. */
const APP_ID = '00000000-0000-0000-0000-000000000000';
const ENVIRONMENT = 'DEVELOPMENT';

export interface RegisteredField extends AppFieldDefinition {
  /** `customfield_10050` */
  id: string;
  customId: number;
  /** Forge's field key: `<appId>__<ENVIRONMENT>__<manifest key>`. */
  forgeKey: string;
}

interface JsonType {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

interface SystemField {
  id: string;
  name: string;
  schema: JsonType;
  clauseNames: string[];
  navigable: boolean;
  orderable: boolean;
}

const system = (id: string, name: string, type: string, extra: Partial<SystemField> & { items?: string } = {}) => {
  const { items, ...rest } = extra;
  return {
    id,
    name,
    schema: { type, ...(items ? { items } : {}), system: id },
    clauseNames: [id],
    navigable: true,
    orderable: true,
    ...rest,
  } satisfies SystemField;
};

/** The system fields the emulated issues carry, in the order Jira's answers list them. */
const SYSTEM_FIELDS: SystemField[] = [
  system('summary', 'Summary', 'string'),
  system('description', 'Description', 'string'),
  system('status', 'Status', 'status', { orderable: false }),
  system('issuetype', 'Issue Type', 'issuetype', { clauseNames: ['issuetype', 'type'] }),
  system('project', 'Project', 'project'),
  system('duedate', 'Due date', 'date', { clauseNames: ['due', 'duedate'] }),
  system('assignee', 'Assignee', 'user'),
  system('reporter', 'Reporter', 'user'),
  system('labels', 'Labels', 'array', { items: 'string' }),
  system('created', 'Created', 'datetime', { clauseNames: ['created', 'createdDate'], orderable: false }),
  system('updated', 'Updated', 'datetime', { clauseNames: ['updated', 'updatedDate'], orderable: false }),
  system('resolutiondate', 'Resolved', 'datetime', { clauseNames: ['resolutiondate', 'resolved'], orderable: false }),
  system('resolution', 'Resolution', 'resolution'),
  system('issuelinks', 'Linked Issues', 'array', { items: 'issuelinks', clauseNames: ['issueLink'] }),
  system('comment', 'Comment', 'comments-page', { navigable: false }),
];

const SYSTEM_BY_ID = new Map(SYSTEM_FIELDS.map((field) => [field.id, field]));

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

const isDateTime = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

export type Normalised = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * The app's custom fields (`jira:customField`) registered as `customfield_10050`, `10051`, … in
 * manifest order; ids are kept in SQLite so they survive a restart and never move. Also knows the
 * system fields' names and schemas (`expand=names,schema`, `GET /field`) and the JQL schema.
 */
export class FieldRegistry {
  readonly appFields: RegisteredField[];
  private readonly byId = new Map<string, RegisteredField>();

  constructor(
    store: JiraStore,
    definitions: AppFieldDefinition[],
    private readonly entityProperties: EntityPropertyDefinition[],
  ) {
    const known = store.fieldIds();
    let next = Math.max(10049, ...[...known.values()].map((id) => Number(id.replace('customfield_', '')))) + 1;
    this.appFields = definitions.map((definition) => {
      let id = known.get(definition.key);
      if (!id) {
        id = `customfield_${next++}`;
        store.saveFieldId(definition.key, id);
      }
      const field = {
        ...definition,
        id,
        customId: Number(id.replace('customfield_', '')),
        forgeKey: `${APP_ID}__${ENVIRONMENT}__${definition.key}`,
      };
      this.byId.set(id, field);
      return field;
    });
  }

  /** By `customfield_…` id, Forge key, or bare manifest key. */
  appField(idOrKey: string): RegisteredField | undefined {
    return (
      this.byId.get(idOrKey) ??
      this.appFields.find(
        (field) => field.key === idOrKey || field.forgeKey === idOrKey || idOrKey.endsWith(`__${field.key}`),
      )
    );
  }

  isSystemField(id: string): boolean {
    return SYSTEM_BY_ID.has(id);
  }

  /** Every field id an issue answer may carry, in answer order. */
  allFieldIds(): string[] {
    return [...SYSTEM_FIELDS.map((field) => field.id), ...this.appFields.map((field) => field.id)];
  }

  navigableFieldIds(): string[] {
    return this.allFieldIds().filter((id) => SYSTEM_BY_ID.get(id)?.navigable ?? true);
  }

  name(id: string): string | undefined {
    return SYSTEM_BY_ID.get(id)?.name ?? this.byId.get(id)?.name;
  }

  schema(id: string): JsonType | undefined {
    const systemField = SYSTEM_BY_ID.get(id);
    if (systemField) return systemField.schema;
    const field = this.byId.get(id);
    if (!field) return undefined;
    return {
      ...customType(field.type),
      custom: `ari:cloud:ecosystem::extension/${APP_ID}/${ENVIRONMENT}/static/${field.key}`,
      customId: field.customId,
    };
  }

  /** `GET /rest/api/3/field` entries. */
  fieldDetails(): Array<Record<string, unknown>> {
    const systemFields = SYSTEM_FIELDS.map((field) => ({
      id: field.id,
      key: field.id,
      name: field.name,
      custom: false,
      orderable: field.orderable,
      navigable: field.navigable,
      searchable: true,
      clauseNames: field.clauseNames,
      schema: field.schema,
    }));
    const custom = this.appFields.map((field) => ({
      id: field.id,
      key: field.forgeKey,
      name: field.name,
      custom: true,
      orderable: !field.readOnly,
      navigable: true,
      searchable: true,
      clauseNames: [`cf[${field.customId}]`, field.name],
      schema: this.schema(field.id),
    }));
    return [...systemFields, ...custom];
  }

  jqlSchema(): JqlSchema {
    return {
      customFields: this.appFields.map((field) => ({
        id: field.id,
        name: field.name,
        type: field.type,
        ...(field.properties
          ? {
              properties: field.properties.map((p) => ({
                path: p.path,
                ...(p.searchAlias ? { searchAlias: p.searchAlias } : {}),
                type: propertyType(p.type),
              })),
            }
          : {}),
      })),
      propertyAliases: this.entityProperties.flatMap((definition) =>
        definition.values.map((value) => ({
          // Values without a searchAlias are reached only as issue.property[key].path.
          alias: value.searchAlias ?? `issue.property[${definition.propertyKey}].${value.path}`,
          propertyKey: definition.propertyKey,
          path: value.path,
          type: value.type,
        })),
      ),
    };
  }

  /** A value for an app field as sent by a caller, checked against the field's type; null unsets. */
  normalise(field: RegisteredField, value: unknown, userExists: (accountId: string) => boolean): Normalised {
    if (value === null || value === undefined) return { ok: true, value: null };
    switch (field.type) {
      case 'string':
        if (typeof value !== 'string') return { ok: false, message: 'Operation value must be a string' };
        if (value.length > 255)
          return { ok: false, message: 'The entered text is too long. It cannot exceed 255 characters.' };
        return { ok: true, value: value === '' ? null : value };
      case 'number':
        return typeof value === 'number' && Number.isFinite(value)
          ? { ok: true, value }
          : { ok: false, message: 'Operation value must be a number' };
      case 'date':
        return isCalendarDate(value)
          ? { ok: true, value }
          : { ok: false, message: `Error parsing date string: ${String(value)}` };
      case 'datetime':
        return isDateTime(value)
          ? { ok: true, value: new Date(value).toISOString().replace('Z', '+0000') }
          : { ok: false, message: `Error parsing date-time string: ${String(value)}` };
      case 'user': {
        const accountId = typeof value === 'string' ? value : isRecord(value) ? value.accountId : undefined;
        if (typeof accountId !== 'string' || !userExists(accountId)) {
          return { ok: false, message: `Specified user does not exist or you do not have required permissions` };
        }
        return { ok: true, value: accountId };
      }
      case 'array-string':
        return Array.isArray(value) && value.every((item) => typeof item === 'string')
          ? { ok: true, value: value.length === 0 ? null : [...value] }
          : { ok: false, message: 'Operation value must be an array of strings' };
      case 'object':
        return normaliseObject(field, value);
    }
  }
}

function customType(type: AppFieldType): { type: string; items?: string } {
  if (type === 'array-string') return { type: 'array', items: 'string' };
  if (type === 'object') return { type: 'any' };
  return { type };
}

function propertyType(type: string): 'string' | 'number' | 'date' | 'user' | 'text' {
  return type === 'number' || type === 'date' || type === 'user' || type === 'text' ? type : 'string';
}

function normaliseObject(field: RegisteredField, value: unknown): Normalised {
  if (!isRecord(value)) return { ok: false, message: 'Operation value must be an object' };
  for (const property of field.properties ?? []) {
    let at: unknown = value;
    for (const segment of property.path.split('.')) at = isRecord(at) ? at[segment] : undefined;
    if (at === undefined || at === null) continue;
    const wanted = propertyType(property.type) === 'number' ? 'number' : 'string';
    if (typeof at !== wanted) return { ok: false, message: `The value of '${property.path}' must be a ${wanted}` };
  }
  return { ok: true, value: structuredClone(value) };
}
