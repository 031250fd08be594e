import {
  loadOpenApiDocument,
  openApiDocs,
  type OpenApiDocument,
  type OpenApiOperation,
  type Product,
} from './documents';

export interface MatchedOperation {
  template: string;
  /** Lower-case, as the document keys it. */
  method: string;
  operation: OpenApiOperation;
  /** Decoded values of the template's `{param}` segments. */
  pathParams: Record<string, string>;
  query: URLSearchParams;
}

interface Route {
  template: string;
  /** A literal segment as a string, a `{param}` segment as `{ param }`. */
  segments: Array<string | { param: string }>;
  methods: Record<string, OpenApiOperation>;
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Literal segments beat `{param}` segments, compared left to right: `/issue/bulk` before
 * `/issue/{issueIdOrKey}`, `/project/search` before `/project/{projectIdOrKey}`.
 */
function bySpecificity(a: Route, b: Route): number {
  for (let i = 0; i < a.segments.length; i++) {
    const literalA = typeof a.segments[i] === 'string';
    const literalB = typeof b.segments[i] === 'string';
    if (literalA !== literalB) return literalA ? -1 : 1;
  }
  return 0;
}

function splitSegments(pathname: string): string[] {
  return pathname.split('/').slice(1);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Finds the documented operation for a concrete request (`POST /rest/api/3/issue/bulk?x=1`): among
 * templates with the same number of segments that document the method, the most specific wins.
 * Method-aware on purpose: Jira documents `PUT /field/{fieldId}` and `DELETE /field/{id}` as two templates.
 */
export function createPathMatcher(
  doc: OpenApiDocument,
  prefix: string,
): (method: string, requestPath: string) => MatchedOperation | null {
  const routesByLength = new Map<number, Route[]>();
  for (const [template, item] of Object.entries(doc.paths)) {
    const segments = splitSegments(template).map((s) => {
      const param = /^\{([^}]+)\}$/.exec(s)?.[1];
      return param === undefined ? s : { param };
    });
    const methods = Object.fromEntries(Object.entries(item).filter(([m]) => httpMethods.has(m)));
    const list = routesByLength.get(segments.length) ?? [];
    list.push({ template, segments, methods });
    routesByLength.set(segments.length, list);
  }
  for (const list of routesByLength.values()) list.sort(bySpecificity);

  return (method, requestPath) => {
    const queryAt = requestPath.indexOf('?');
    const pathname = queryAt < 0 ? requestPath : requestPath.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : requestPath.slice(queryAt + 1));
    if (!pathname.startsWith(prefix + '/')) return null;
    const segments = splitSegments(pathname.slice(prefix.length)).map(decode);
    const verb = method.toLowerCase();
    for (const route of routesByLength.get(segments.length) ?? []) {
      const operation = route.methods[verb];
      if (!operation) continue;
      const pathParams: Record<string, string> = {};
      const matches = route.segments.every((segment, i) => {
        const actual = segments[i]!;
        if (typeof segment === 'string') return segment === actual;
        pathParams[segment.param] = actual;
        return actual !== '';
      });
      if (matches) return { template: route.template, method: verb, operation, pathParams, query };
    }
    return null;
  };
}

export type PathMatcher = ReturnType<typeof createPathMatcher>;

const matchers = new WeakMap<OpenApiDocument, PathMatcher>();

/** The product's matcher, built once per loaded document. */
export function matcherFor(product: Product, doc: OpenApiDocument): PathMatcher {
  let match = matchers.get(doc);
  if (!match) {
    match = createPathMatcher(doc, openApiDocs[product].prefix);
    matchers.set(doc, match);
  }
  return match;
}

/** The documented operation for a concrete request path, from the product's document (loaded once). */
export function findDocumentedOperation(
  product: Product,
  method: string,
  requestPath: string,
  dir?: string,
): MatchedOperation | null {
  return matcherFor(product, loadOpenApiDocument(product, dir))(method, requestPath);
}
