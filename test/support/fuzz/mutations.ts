import fc from 'fast-check';
import { deeplyNested, edgeNumbers, hostileStrings, protoKeyed } from './hostile';

/**
 * Operators that turn a valid payload into an invalid or hostile one: the wrong type anywhere, a
 * missing or extra field (including a forged `accountId` or `actor`, the impersonation a
 * payload must never achieve), over-long text, non-finite numbers, deep nesting, prototype keys.
 */
type Path = Array<string | number>;

function leafPaths(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => leafPaths(item, [...path, i], into));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) leafPaths(item, [...path, key], into);
  }
  return into;
}

function replaceAt(value: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, make) : item));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    copy[head as string] = replaceAt(copy[head as string], rest, make);
    return copy;
  }
  return value;
}

function removeAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  return replaceAt(value, parent, (holder) => {
    if (Array.isArray(holder)) return holder.filter((_, i) => i !== last);
    if (holder && typeof holder === 'object') {
      const copy = { ...(holder as Record<string, unknown>) };
      delete copy[last as string];
      return copy;
    }
    return holder;
  });
}

const wrongTypes: unknown[] = [null, undefined, true, 0, -1, '', 'x', [], {}, [[]], { length: 1e9 }];
const forgedFields = ['accountId', 'actor', 'callerId', 'roles', 'isAdmin', 'asApp', '$where', 'constructor'];

export type MutationKind =
  | 'wrongType'
  | 'dropField'
  | 'extraField'
  | 'hugeText'
  | 'hostileText'
  | 'edgeNumber'
  | 'deepNesting'
  | 'protoKey'
  | 'wholePayload';

const kinds: MutationKind[] = [
  'wrongType',
  'dropField',
  'extraField',
  'hugeText',
  'hostileText',
  'edgeNumber',
  'deepNesting',
  'protoKey',
  'wholePayload',
];

function mutate(valid: unknown, kind: MutationKind, pick: number, choice: number): unknown {
  const paths = leafPaths(valid);
  const path = paths[pick % paths.length]!;
  const nth = <T>(list: readonly T[]) => list[choice % list.length]!;
  switch (kind) {
    case 'wrongType':
      return replaceAt(valid, path, () => nth(wrongTypes));
    case 'dropField':
      return path.length === 0 ? undefined : removeAt(valid, path);
    case 'extraField': {
      const objects = paths.filter((p) => {
        const at = p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], valid);
        return at !== null && typeof at === 'object' && !Array.isArray(at);
      });
      const target = objects.length > 0 ? objects[pick % objects.length]! : [];
      return replaceAt(valid, target, (holder) => ({
        ...(holder as Record<string, unknown>),
        [nth(forgedFields)]: nth(['acct-someone-else', true, ['programmeManager'], 1]),
      }));
    }
    case 'hugeText':
      return replaceAt(valid, path, () => 'A'.repeat(nth([257, 2_001, 5_001, 100_001, 1_000_001])));
    case 'hostileText':
      return replaceAt(valid, path, () => nth(hostileStrings));
    case 'edgeNumber':
      return replaceAt(valid, path, () => nth(edgeNumbers));
    case 'deepNesting':
      return replaceAt(valid, path, () => deeplyNested(nth([50, 500, 5_000])));
    case 'protoKey':
      return replaceAt(valid, path, (old) => protoKeyed(old));
    case 'wholePayload':
      return nth<unknown>([null, undefined, 'payload', 42, [], [valid], { payload: valid }, deeplyNested(2_000)]);
  }
}

/** Hostile variants of the values `valid` generates. */
export function mutatedArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.constantFrom(...kinds), fc.nat(), fc.nat())
    .map(([value, kind, pick, choice]) => mutate(value, kind, pick, choice));
}
