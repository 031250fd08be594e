import Resolver from '@forge/resolver';
import { resolverContract, type ResolverName } from '../contract/resolvers';
import { dispatch } from './dispatch';
import { forgeServices } from './forgeServices';

const resolver = new Resolver();

for (const name of Object.keys(resolverContract) as ResolverName[]) {
  resolver.define(name, ({ payload, context }) =>
    dispatch(name, payload, (context as { accountId?: string }).accountId, forgeServices),
  );
}

/** The `resolver` function of manifest.yml: every Custom UI surface calls through it. */
export const handler = resolver.getDefinitions();
