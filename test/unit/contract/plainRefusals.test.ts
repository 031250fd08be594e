import type { AppServices } from '../../../src/app/services';
import { resolverContract, type ResolverName } from '../../../src/contract/resolvers';
import type { ResolverError } from '../../../src/contract/result';
import { dispatch } from '../../../src/entry/dispatch';
import { fieldPaths } from '../../support/contract/schemaWalk';

/**
 * Every refusal the contract gives for bad input is read by a person as it is (forms, the sandbox's
 * HTTP interface, scripts). Walks every resolver's schema with empty, oversized and wrong-typed
 * values at each of its fields and reads every message it answers with.
 */

const resolverNames = Object.keys(resolverContract) as ResolverName[];
const oversized = 'x'.repeat(2_000_001);
const badValues: unknown[] = ['', oversized, 12345, -1.5, true, {}, [], [oversized], Array(1001).fill('x')];

/** `value` placed at `path` in an otherwise empty payload; a numeric part makes a list. */
function payloadWith(path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const inner = payloadWith(rest, value);
  return /^\d+$/.test(head) ? [inner] : { [head]: inner };
}

function payloadsFor(name: ResolverName): unknown[] {
  const paths = fieldPaths(resolverContract[name].input);
  return [undefined, 'text', [], 42, ...paths.flatMap((path) => badValues.map((value) => payloadWith(path, value)))];
}

const schemaWording =
  /too (big|small)|expected|invalid (input|option|string|type|element|key|union|value)|unrecognized|<=|>=|\bNaN\b|\bundefined\b|\bnull\b|\bregex\b|\bstring\b|\bint\b/i;
/**
 * A field path such as `plan.title` or `previous.0` (a sentence's full stop is followed by a space;
 * clause numbers such as A.8.34 start with a capital or a digit).
 */
const dottedPath = /\b[a-z][A-Za-z0-9_]*\.[A-Za-z0-9_]/;
/** An identifier in camelCase (`areaIds`, `getIssueContext`): a key or a resolver, never a word. */
const camelCase = /\b[a-z]+[A-Z][A-Za-z]*\b/;

function wordingProblems(message: string): string[] {
  return [
    ...(schemaWording.test(message) ? ['schema wording'] : []),
    ...(dottedPath.test(message.replaceAll('e.g.', 'eg')) ? ['a dotted path'] : []),
    ...(camelCase.test(message) ? ['an identifier'] : []),
    ...resolverNames.filter((name) => message.includes(name)).map((name) => `the resolver name ${name}`),
  ];
}

const notUsed = (): Promise<AppServices> => {
  throw new Error('a payload its schema rejects must never reach the services');
};

async function refusalsOf(name: ResolverName): Promise<ResolverError[]> {
  const refusals: ResolverError[] = [];
  const refused = payloadsFor(name).filter((payload) => !resolverContract[name].input.safeParse(payload ?? {}).success);
  for (const payload of refused) {
    const result = await dispatch(name, payload, 'account-1', notUsed);
    if (!result.ok) refusals.push(result.error);
  }
  return refusals;
}

describe('refusals in plain words, for every resolver', () => {
  it.each(resolverNames)('%s: bad input is refused in sentences naming each field by its label', async (name) => {
    const refusals = await refusalsOf(name);
    const offences: string[] = [];
    for (const refusal of refusals) {
      expect(refusal.code).toBe('invalid_input');
      expect(refusal.fields?.length).toBeGreaterThan(0);
      expect(refusal.field).toBe(refusal.fields?.[0]?.field);
      for (const text of [refusal.message, ...(refusal.fields ?? []).flatMap((f) => [f.message, f.label])]) {
        for (const problem of wordingProblems(text)) offences.push(`${problem}: "${text.slice(0, 200)}"`);
      }
    }
    expect([...new Set(offences)]).toEqual([]);
  });

  it('a caller without the role is told which role to ask for, never the resolver', async () => {
    const noRoles = async () => ({ store: { get: async () => null } }) as unknown as AppServices;
    const offences: string[] = [];
    for (const name of resolverNames) {
      if (resolverContract[name].access === 'anyone') continue;
      const result = await dispatch(name, {}, 'account-without-role', noRoles);
      // A payload `{}` its schema refuses is covered above; here only the role check speaks.
      if (result.ok || result.error.code !== 'forbidden') continue;
      expect(result.error.message).toMatch(/^You need .+ to (see|do) this; ask your programme manager$/);
      offences.push(...wordingProblems(result.error.message));
    }
    expect(offences).toEqual([]);
  });
});
