import type { Node } from './ast';
import { ENTITY_PROPERTIES } from './context';
import { evaluationError, notEmulated, type Pos } from './errors';
import { CalendarDate, JiraObject, equals, isNull, typeName } from './values';

/** Where a member is read, for messages: the whole access and the object it is read from. */
export interface Site {
  source: string;
  objectSource: string;
  pos: Pos;
  /** `a['b']` rather than `a.b`: on entity properties a computed key never names a method. */
  computed: boolean;
}

/** A method call being evaluated; the evaluator supplies how to evaluate its arguments. */
export interface Invocation {
  name: string;
  receiverSource: string;
  source: string;
  pos: Pos;
  args: readonly Node[];
  evaluate(node: Node): unknown;
  /** Compiles an arrow-function argument; the evaluator binds its parameter. */
  lambda(node: Node & { type: 'Arrow' }): (x: unknown) => unknown;
}

type Method = (receiver: any, call: Invocation) => unknown;

interface Members {
  properties: Record<string, (value: any) => unknown>;
  methods: Record<string, Method>;
  /** Members real Jira has that the emulator does not implement. */
  notEmulated: readonly string[];
}

function arity(call: Invocation, type: string, count: number): void {
  if (call.args.length !== count) {
    const wanted = count === 1 ? '1 argument' : `${count} arguments`;
    throw evaluationError(call.source, `${type}.${call.name}() takes ${wanted}, got ${call.args.length}.`, call.pos);
  }
}

function argument(call: Invocation, type: string, wanted: 'String' | 'Number'): any {
  arity(call, type, 1);
  const value = call.evaluate(call.args[0]!);
  if (typeName(value) !== wanted) {
    throw evaluationError(
      call.source,
      `The argument of ${type}.${call.name}() must be a ${wanted}, not ${typeName(value)}.`,
      call.pos,
    );
  }
  return value;
}

function fn(call: Invocation): (x: unknown) => unknown {
  arity(call, 'List', 1);
  const node = call.args[0]!;
  if (node.type !== 'Arrow') {
    throw evaluationError(
      call.source,
      `List.${call.name}() takes an arrow function (x => ...) as its argument.`,
      call.pos,
    );
  }
  return call.lambda(node);
}

function predicate(call: Invocation): (x: unknown) => boolean {
  const f = fn(call);
  return (x) => {
    const result = f(x);
    if (typeof result === 'boolean') return result;
    throw evaluationError(
      call.source,
      `The function passed to ${call.name}() must return a Boolean, but returned ${typeName(result)}.`,
      call.pos,
    );
  };
}

const STRING: Members = {
  properties: { length: (s: string) => s.length },
  methods: {
    includes: (s: string, c) => s.includes(argument(c, 'String', 'String')),
    startsWith: (s: string, c) => s.startsWith(argument(c, 'String', 'String')),
    endsWith: (s: string, c) => s.endsWith(argument(c, 'String', 'String')),
    toLowerCase: (s: string, c) => (arity(c, 'String', 0), s.toLowerCase()),
    toUpperCase: (s: string, c) => (arity(c, 'String', 0), s.toUpperCase()),
    trim: (s: string, c) => (arity(c, 'String', 0), s.trim()),
  },
  notEmulated: [
    'charAt', 'concat', 'indexOf', 'lastIndexOf', 'match', 'padEnd', 'padStart', 'repeat', 'replace', 'replaceAll',
    'slice', 'split', 'substring', 'trimEnd', 'trimStart', 'toString',
  ], // prettier-ignore
};

const LIST: Members = {
  properties: { length: (l: unknown[]) => l.length },
  methods: {
    includes: (l: unknown[], c) => {
      arity(c, 'List', 1);
      const wanted = c.evaluate(c.args[0]!);
      return l.some((x) => equals(x, wanted));
    },
    some: (l: unknown[], c) => l.some(predicate(c)),
    every: (l: unknown[], c) => l.every(predicate(c)),
    filter: (l: unknown[], c) => l.filter(predicate(c)),
    map: (l: unknown[], c) => l.map(fn(c)),
  },
  notEmulated: [
    'concat', 'find', 'findIndex', 'flatMap', 'flatten', 'indexOf', 'join', 'lastIndexOf', 'reduce', 'reverse',
    'slice', 'sort', 'at', 'get',
  ], // prettier-ignore
};

const CALENDAR_DATE: Members = {
  properties: {},
  methods: {
    toString: (d: CalendarDate, c: Invocation) => (arity(c, 'CalendarDate', 0), d.ymd),
    plusDays: (d: CalendarDate, c) => d.plusDays(days(c)),
    minusDays: (d: CalendarDate, c) => d.plusDays(-days(c)),
  },
  notEmulated: [
    'plusWeeks', 'plusMonths', 'plusYears', 'minusWeeks', 'minusMonths', 'minusYears', 'getFullYear', 'getMonth',
    'getDate', 'getDay', 'startOfWeek', 'endOfWeek', 'startOfMonth', 'endOfMonth', 'startOfYear', 'endOfYear',
    'toCalendarDate', 'toCalendarDateUTC', 'toDate', 'toISOString', 'toJSON',
  ], // prettier-ignore
};

function days(call: Invocation): number {
  const n = argument(call, 'CalendarDate', 'Number') as number;
  if (!Number.isInteger(n)) {
    throw evaluationError(call.source, `CalendarDate.${call.name}() takes a whole number of days, not ${n}.`, call.pos);
  }
  return n;
}

const ENTITY_PROPERTY_METHODS: Record<string, Method> = {
  get: (props: Record<string, unknown>, c) => {
    const key = argument(c, 'EntityProperties', 'String') as string;
    return Object.hasOwn(props, key) ? (props[key] ?? null) : null;
  },
  keys: (props: Record<string, unknown>, c) => (arity(c, 'EntityProperties', 0), Object.keys(props)),
};

const NONE: Members = { properties: {}, methods: {}, notEmulated: [] };

function membersOf(value: unknown): Members {
  if (typeof value === 'string') return STRING;
  if (Array.isArray(value)) return LIST;
  if (value instanceof CalendarDate) return CALENDAR_DATE;
  if (value instanceof JiraObject) {
    return {
      properties: value.type.properties,
      methods: value.type === ENTITY_PROPERTIES ? ENTITY_PROPERTY_METHODS : {},
      notEmulated: value.type.notEmulated,
    };
  }
  return NONE;
}

function available(value: unknown, members: Members): string {
  const names = [...Object.keys(members.properties), ...Object.keys(members.methods)];
  if (value instanceof JiraObject && value.type.dynamicNames) names.push(...value.type.dynamicNames(value.raw));
  return [...new Set(names)]
    .sort()
    .map((n) => `'${n}'`)
    .join(', ');
}

const nullHasNone = (source: string, pos: Pos) =>
  evaluationError(source, 'Type null does not have any properties', pos);

/** `object.name` / `object['name']`. */
export function getMember(object: unknown, name: string, site: Site): unknown {
  if (isNull(object)) throw nullHasNone(site.source, site.pos);
  const type = typeName(object);
  if (type === 'Map') {
    const map = object as Record<string, unknown>;
    return Object.hasOwn(map, name) ? (map[name] ?? null) : null;
  }
  if (type === 'Number' || type === 'Boolean') {
    throw evaluationError(site.source, `Type ${type} does not have any properties`, site.pos);
  }
  const members = membersOf(object);
  const raw = object instanceof JiraObject ? object.raw : object;
  if (Object.hasOwn(members.properties, name)) return members.properties[name]!(raw);
  if (!site.computed && Object.hasOwn(members.methods, name)) {
    throw notEmulated(`a method without calling it (\`${site.source}\`)`, site.pos);
  }
  if (object instanceof JiraObject && object.type.dynamic) {
    const value = object.type.dynamic(raw, name);
    if (value !== undefined) return value;
  }
  if (members.notEmulated.includes(name)) throw notEmulated(`${type}.${name} (\`${site.source}\`)`, site.pos);
  throw evaluationError(
    site.source,
    `Unrecognized property of \`${site.objectSource}\`: "${name}" ('${name}'). ` +
      `Available properties of type '${type}' are: ${available(object, members)}.`,
    site.pos,
  );
}

/** `receiver.name(args)`. */
export function callMethod(receiver: unknown, call: Invocation): unknown {
  if (isNull(receiver)) throw nullHasNone(call.source, call.pos);
  const type = typeName(receiver);
  const members = membersOf(receiver);
  const raw = receiver instanceof JiraObject ? receiver.raw : receiver;
  if (Object.hasOwn(members.methods, call.name)) return members.methods[call.name]!(raw, call);
  if (members === NONE || members.notEmulated.includes(call.name)) {
    throw notEmulated(`${type}.${call.name}() (\`${call.source}\`)`, call.pos);
  }
  if (Object.hasOwn(members.properties, call.name)) {
    throw evaluationError(call.source, `'${call.name}' of type '${type}' is a property, not a method.`, call.pos);
  }
  throw evaluationError(
    call.source,
    `Unrecognized method of \`${call.receiverSource}\`: "${call.name}". ` +
      `Available members of type '${type}' are: ${available(receiver, members)}.`,
    call.pos,
  );
}
