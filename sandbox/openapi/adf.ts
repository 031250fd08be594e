import AjvDraft04, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';

/**
 * Atlassian Document Format, checked against the JSON Schema Atlassian ships in
 * `@atlaskit/adf-schema` (draft-04, hence ajv-draft-04). Neither OpenAPI document types rich text,
 * so this is the only check an ADF description, comment or page body gets.
 */
interface AdfSchema {
  definitions: Record<string, unknown>;
}
interface AdfNode {
  type: string;
  content?: unknown;
  marks?: unknown;
}

class AdfChecker {
  private readonly ajv = new AjvDraft04({ allErrors: true, strictTuples: false, logger: false });
  private readonly schema: AdfSchema;
  private readonly document: ValidateFunction;
  /** Node or mark type → the definitions that describe it (`paragraph` → paragraph_node, paragraph_with_alignment_node, …). */
  private readonly definitionsByType = new Map<string, string[]>();

  constructor() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.schema = require('@atlaskit/adf-schema/dist/json-schema/v1/full.json') as AdfSchema;
    this.ajv.addSchema(this.schema, 'adf');
    this.document = this.ajv.getSchema('adf')!;
    for (const name of Object.keys(this.schema.definitions)) {
      for (const type of this.typesOf(name, new Set())) {
        this.definitionsByType.set(type, [...(this.definitionsByType.get(type) ?? []), name]);
      }
    }
  }

  /** Problems with an ADF document (one per faulty node), or [] when valid. */
  check(doc: unknown): Problem[] {
    if (this.document(doc)) return [];
    const problems = this.diagnose(doc, '');
    return problems.length > 0 ? problems : (this.document.errors ?? []).slice(0, 3).map(problem);
  }

  /**
   * Ajv's raw errors for a failed ADF document are hundreds of branch mismatches. Instead, find the
   * deepest nodes that fail on their own (every child passes on its own): the fault is in that node's
   * attributes or in which children it may hold, and its best-fitting definition says which.
   */
  private diagnose(node: unknown, path: string): Problem[] {
    if (!isNode(node)) return [];
    const children = [
      ...(Array.isArray(node.content) ? node.content.map((c, i) => [c, `${path}/content/${i}`] as const) : []),
      ...(Array.isArray(node.marks) ? node.marks.map((m, i) => [m, `${path}/marks/${i}`] as const) : []),
    ];
    const deeper = children.flatMap(([child, at]) => this.diagnose(child, at));
    if (deeper.length > 0) return deeper;
    const definitions = this.definitionsByType.get(node.type);
    if (!definitions) return [{ at: path, message: `unknown node or mark type '${node.type}'` }];
    let best: ErrorObject[] | null = null;
    for (const name of definitions) {
      const validate = this.ajv.getSchema(`adf#/definitions/${name}`)!;
      if (validate(node)) return [];
      const errors = validate.errors ?? [];
      if (!best || errors.length < best.length) best = errors;
    }
    return this.ownErrors(node, path, best ?? []);
  }

  /** The node's own errors: its members, and children it may not hold (their subtrees are fine on their own). */
  private ownErrors(node: AdfNode, path: string, errors: ErrorObject[]): Problem[] {
    const lines = new Map<string, Problem>();
    for (const error of errors) {
      const child = /^\/(content|marks)\/(\d+)/.exec(error.instancePath);
      if (child) {
        const member = (node as unknown as Record<string, unknown[]>)[child[1]!]![Number(child[2])];
        const type = isNode(member) ? `'${member.type}'` : JSON.stringify(member);
        const found = { at: path + child[0], message: `${type} is not allowed in '${node.type}'` };
        lines.set(found.at + found.message, found);
      } else if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
        const found = problem({ ...error, instancePath: path + error.instancePath });
        lines.set(found.at + found.message, found);
      }
    }
    return lines.size > 0 ? [...lines.values()] : errors.slice(0, 3).map(problem);
  }

  private typesOf(name: string, seen: Set<string>): string[] {
    if (seen.has(name)) return [];
    seen.add(name);
    const definition = this.schema.definitions[name] as Record<string, unknown>;
    const own = ((definition.properties as Record<string, { enum?: string[] }> | undefined)?.type?.enum ?? []).filter(
      (t) => typeof t === 'string',
    );
    const parts = (definition.allOf as Array<Record<string, unknown>> | undefined) ?? [];
    const inherited = parts.flatMap((part) => {
      const ref = typeof part.$ref === 'string' ? /^#\/definitions\/(.+)$/.exec(part.$ref)?.[1] : undefined;
      if (ref) return this.typesOf(ref, seen);
      return (part.properties as Record<string, { enum?: string[] }> | undefined)?.type?.enum ?? [];
    });
    return [...new Set([...own, ...inherited])];
  }
}

function isNode(value: unknown): value is AdfNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Where in the document (a JSON pointer, '' for the root) and what is wrong. */
export interface Problem {
  at: string;
  message: string;
}

function problem(error: ErrorObject): Problem {
  const params = error.params as Record<string, unknown>;
  const message =
    error.keyword === 'additionalProperties'
      ? `must NOT have additional property '${String(params.additionalProperty)}'`
      : error.keyword === 'enum'
        ? `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
        : (error.message ?? error.keyword);
  return { at: error.instancePath, message };
}

let checker: AdfChecker | null = null;

/**
 * Problems with an ADF document as readable lines, `${label}${pointer} message`, [] when it is valid.
 * The schema is compiled on first use (~0.15 s).
 */
export function checkAdf(doc: unknown, label = ''): string[] {
  checker ??= new AdfChecker();
  return checker.check(doc).map(({ at, message }) => `${label + at || '/'} ${message}`);
}
