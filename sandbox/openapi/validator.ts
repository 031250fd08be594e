import type { ProductAnswer, ProductRequest } from '../platform/product';
import {
  loadOpenApiDocument,
  openApiDir,
  resolveLocalRef,
  type OpenApiDocument,
  type OpenApiMediaType,
  type Product,
} from './documents';
import { errorShapes, genericErrorStatuses } from './errorShapes';
import { parameterValue } from './parameters';
import { matcherFor, type MatchedOperation, type PathMatcher } from './pathMatcher';
import { richTextProblems } from './richText';
import { formatErrors, pointer, SchemaRegistry } from './schemaRegistry';
import type { OpenApiValidator, Violation } from './types';

interface ProductContract {
  doc: OpenApiDocument;
  match: PathMatcher;
  /** Created on first validation: Ajv setup is cheap, but a product may never be called. */
  registry: () => SchemaRegistry;
}

function contractFor(product: Product, dir: string): ProductContract {
  const doc = loadOpenApiDocument(product, dir);
  let registry: SchemaRegistry | undefined;
  return {
    doc,
    match: matcherFor(product, doc),
    registry: () => (registry ??= new SchemaRegistry(product, doc)),
  };
}

/** The JSON media type of a body or response (`application/json` first), or undefined. */
function jsonMediaType(content: Record<string, OpenApiMediaType> | undefined): [string, OpenApiMediaType] | undefined {
  const entries = Object.entries(content ?? {});
  return entries.find(([type]) => type === 'application/json') ?? entries.find(([type]) => /[/+]json$/.test(type));
}

function isEmptySchema(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && Object.keys(schema).length === 0;
}

function operationName(match: MatchedOperation): string {
  return match.operation.operationId ?? `${match.method.toUpperCase()} ${match.template}`;
}

/**
 * Checks exchanges with the emulated Jira and Confluence against Atlassian's OpenAPI documents.
 * null, with one log line, where the documents are absent; throws if they are present but differ
 * from PROVENANCE.md's sha256.
 */
export function createOpenApiValidator(options: { dir?: string } = {}): OpenApiValidator | null {
  const dir = openApiDir(options.dir);
  if (!dir) {
    console.log('openapi: Atlassian OpenAPI documents absent (../shared/atlassian-openapi); exchanges are not checked');
    return null;
  }
  const contracts: Record<Product, ProductContract> = {
    jira: contractFor('jira', dir),
    confluence: contractFor('confluence', dir),
  };

  const violations = (
    request: ProductRequest,
    operation: string,
    where: Violation['where'],
    lines: string[],
    status?: number,
  ): Violation[] =>
    lines.map((message) => ({
      product: request.product,
      operation,
      where,
      ...(status === undefined ? {} : { status }),
      message,
      path: request.path,
    }));

  function errorShapeProblems(product: Product, body: unknown): string[] {
    const shape = errorShapes[product];
    const registry = contracts[product].registry();
    const errors =
      'pointer' in shape
        ? registry.validate(shape.pointer, body)
        : registry.validateWith(shape.key, shape.schema, body);
    return formatErrors(`body (${product} error shape)`, errors);
  }

  return {
    findOperation(product, method, path) {
      const match = contracts[product].match(method, path);
      return match ? { operationId: operationName(match), template: match.template } : null;
    },

    validateRequest(request) {
      const { doc, match: find, registry } = contracts[request.product];
      const match = find(request.method, request.path);
      if (!match) {
        const operation = `${request.method.toUpperCase()} ${request.path.split('?')[0]}`;
        return violations(request, operation, 'request', [
          `no documented ${request.product} operation for ${operation}`,
        ]);
      }
      const name = operationName(match);
      const lines: string[] = [];
      (match.operation.parameters ?? []).forEach((parameter, i) => {
        if (parameter.in !== 'path' && parameter.in !== 'query') return;
        const value = parameterValue(doc, parameter, match);
        if (value === undefined) {
          if (parameter.required) lines.push(`${parameter.in} parameter '${parameter.name}' is required`);
          return;
        }
        if (parameter.schema === undefined) return;
        const at = pointer('paths', match.template, match.method, 'parameters', String(i), 'schema');
        lines.push(...formatErrors(`${parameter.in} parameter '${parameter.name}'`, registry().validate(at, value)));
      });

      const declared = match.operation.requestBody;
      if (!declared) {
        if (request.body !== undefined) lines.push('body: the operation takes no request body');
      } else {
        const requestBody = resolveLocalRef(doc, declared);
        const media = jsonMediaType(requestBody.content);
        if (media && request.body === undefined) {
          if (requestBody.required) lines.push('body is required');
        } else if (media) {
          // Jira's bodies are inline; Confluence's point into components.requestBodies.
          const base = declared.$ref ?? pointer('paths', match.template, match.method, 'requestBody');
          if (media[1].schema !== undefined) {
            const at = `${base}${pointer('content', media[0], 'schema').slice(1)}`;
            lines.push(...formatErrors('body', registry().validate(at, request.body)));
          }
          lines.push(...richTextProblems(request.product, name, request.body));
        }
        // A body with no JSON media type (multipart attachments, avatars) is not checked.
      }
      return violations(request, name, 'request', lines);
    },

    validateResponse(request, answer: ProductAnswer) {
      const { doc, match: find, registry } = contracts[request.product];
      const match = find(request.method, request.path);
      if (!match) return []; // validateRequest reports it
      const name = operationName(match);
      const responses = match.operation.responses ?? {};
      const key = String(answer.status) in responses ? String(answer.status) : 'default';
      const documented = responses[key];
      const lines: string[] = [];
      if (!documented) {
        if (genericErrorStatuses.has(answer.status)) lines.push(...errorShapeProblems(request.product, answer.body));
        else lines.push(`status ${answer.status} is not documented (documented: ${Object.keys(responses).join(', ')})`);
      } else {
        const media = jsonMediaType(resolveLocalRef(doc, documented).content);
        const schema = media?.[1].schema;
        if (media && schema !== undefined) {
          if (answer.body === undefined) {
            if (!isEmptySchema(schema)) lines.push(`body is missing; the document defines one for ${answer.status}`);
          } else {
            const at = pointer('paths', match.template, match.method, 'responses', key, 'content', media[0], 'schema');
            lines.push(...formatErrors('body', registry().validate(at, answer.body)));
          }
        } else if (answer.status >= 400) {
          lines.push(...errorShapeProblems(request.product, answer.body));
        } else if (answer.status === 204 && answer.body !== undefined) {
          lines.push('body must be empty for 204 No Content');
        }
      }
      if (answer.status < 300 && answer.body !== undefined) {
        lines.push(...richTextProblems(request.product, name, answer.body));
      }
      return violations(request, name, 'response', lines, answer.status);
    },
  };
}
