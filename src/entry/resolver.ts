import Resolver from '@forge/resolver';
import { resolverContract, type ResolverName } from '../contract/resolvers';
import { dispatch } from './dispatch';
import { forgeServices } from './forgeServices';

const resolver = new Resolver();

for (const name of Object.keys(resolverContract) as ResolverName[]) {
  resolver.define(name, ({ payload, context }) => {
    const accountId = (context as { accountId?: string }).accountId;
    // The services act in Jira and Confluence as this invoker only (see adapters/forge/products).
    return dispatch(name, payload, accountId, () => forgeServices(accountId));
  });
}

/** The `resolver` function of manifest.yml: every Custom UI surface calls through it. */
export const handler = resolver.getDefinitions();
