import type { ProductAnswer, ProductRequest } from '../platform/product';
import { jiraError } from './answers';
import type { Endpoint, JiraContext } from './context';
import { createIssue, createIssues, bulkFetchIssues, deleteIssue, editIssue, getIssue } from './endpoints/issues';
import { updateCustomFieldValue, updateMultipleCustomFieldValues } from './endpoints/appFields';
import { addComment, getComments } from './endpoints/comments';
import { deleteIssueLink, getIssueLink, getIssueLinkTypes, linkIssues } from './endpoints/links';
import { getFields, getIssueAllTypes, getIssueTypesForProject, getProject, searchProjects } from './endpoints/projects';
import { deleteIssueProperty, getIssueProperty, getIssuePropertyKeys, setIssueProperty } from './endpoints/properties';
import { searchGet, searchPost, searchRemoved } from './endpoints/search';
import {
  bulkGetUsers,
  findUsers,
  getBulkPermissions,
  getCurrentUser,
  getMyPermissions,
  getUser,
} from './endpoints/users';
import { doTransition, getStatusCategories, getStatuses, getTransitions } from './endpoints/workflow';
import type { Actor } from './permissions';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Every emulated operation on its real REST v3 path. */
const ROUTES: Array<[template: string, methods: Partial<Record<Method, Endpoint>>]> = [
  ['/rest/api/3/issue', { POST: createIssue }],
  ['/rest/api/3/issue/bulk', { POST: createIssues }],
  ['/rest/api/3/issue/bulkfetch', { POST: bulkFetchIssues }],
  ['/rest/api/3/issue/{issueIdOrKey}', { GET: getIssue, PUT: editIssue, DELETE: deleteIssue }],
  ['/rest/api/3/issue/{issueIdOrKey}/properties', { GET: getIssuePropertyKeys }],
  [
    '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    { GET: getIssueProperty, PUT: setIssueProperty, DELETE: deleteIssueProperty },
  ],
  ['/rest/api/3/issue/{issueIdOrKey}/comment', { GET: getComments, POST: addComment }],
  ['/rest/api/3/issue/{issueIdOrKey}/transitions', { GET: getTransitions, POST: doTransition }],
  ['/rest/api/3/issueLink', { POST: linkIssues }],
  ['/rest/api/3/issueLink/{linkId}', { GET: getIssueLink, DELETE: deleteIssueLink }],
  ['/rest/api/3/issueLinkType', { GET: getIssueLinkTypes }],
  ['/rest/api/3/search/jql', { GET: searchGet, POST: searchPost }],
  ['/rest/api/3/search', { GET: searchRemoved, POST: searchRemoved }],
  ['/rest/api/3/app/field/value', { POST: updateMultipleCustomFieldValues }],
  ['/rest/api/3/app/field/{fieldIdOrKey}/value', { PUT: updateCustomFieldValue }],
  ['/rest/api/3/status', { GET: getStatuses }],
  ['/rest/api/3/statuscategory', { GET: getStatusCategories }],
  ['/rest/api/3/myself', { GET: getCurrentUser }],
  ['/rest/api/3/user', { GET: getUser }],
  ['/rest/api/3/user/bulk', { GET: bulkGetUsers }],
  ['/rest/api/3/user/search', { GET: findUsers }],
  ['/rest/api/3/mypermissions', { GET: getMyPermissions }],
  ['/rest/api/3/permissions/check', { POST: getBulkPermissions }],
  ['/rest/api/3/project/search', { GET: searchProjects }],
  ['/rest/api/3/project/{projectIdOrKey}', { GET: getProject }],
  ['/rest/api/3/issuetype', { GET: getIssueAllTypes }],
  ['/rest/api/3/issuetype/project', { GET: getIssueTypesForProject }],
  ['/rest/api/3/field', { GET: getFields }],
];

interface Route {
  template: string;
  segments: Array<string | { param: string }>;
  methods: Partial<Record<string, Endpoint>>;
}

const routes: Route[] = ROUTES.map(([template, methods]) => ({
  template,
  segments: template
    .split('/')
    .slice(1)
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      return param === undefined ? segment : { param };
    }),
  methods,
}));

function match(route: Route, segments: string[]): Record<string, string> | undefined {
  if (route.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of route.segments.entries()) {
    const actual = segments[i]!;
    if (typeof segment === 'string') {
      if (segment !== actual) return undefined;
    } else {
      if (actual === '') return undefined;
      try {
        params[segment.param] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    }
  }
  return params;
}

/**
 * Finds the operation for a request: literal segments win over `{params}` (`/issue/bulk` is not an
 * issue key), a known path with an unemulated method is 405, anything else 404.
 */
export async function route(ctx: JiraContext, request: ProductRequest, actor: Actor): Promise<ProductAnswer> {
  const queryAt = request.path.indexOf('?');
  const pathname = queryAt < 0 ? request.path : request.path.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : request.path.slice(queryAt + 1));
  const segments = pathname.split('/').slice(1);
  const method = request.method.toUpperCase();
  const allowed = new Set<string>();
  for (const candidate of routes) {
    const params = match(candidate, segments);
    if (!params) continue;
    const endpoint = candidate.methods[method];
    if (endpoint) return endpoint(ctx, { request, actor, params, query, body: request.body });
    Object.keys(candidate.methods).forEach((m) => allowed.add(m));
  }
  if (allowed.size > 0) {
    return {
      ...jiraError(405, [`Method ${method} is not allowed for ${pathname}.`]),
      headers: { Allow: [...allowed].join(', ') },
    };
  }
  return jiraError(404, [`The local Jira emulator has no endpoint ${method} ${pathname}.`]);
}
