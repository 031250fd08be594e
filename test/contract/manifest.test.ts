import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { currentScopes, describeWithOpenApi, findOperation, type Product } from '../support/openapi';
import { ensureUiBuilt, repoRoot } from '../../sandbox/uiBuild';

interface Manifest {
  app: { runtime: { name: string } };
  modules: Record<string, Array<Record<string, unknown>>>;
  resources: Array<{ key: string; path: string }>;
  permissions: { scopes: string[] };
}

const manifest = yaml.load(fs.readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8')) as Manifest;

beforeAll(() => ensureUiBuilt(manifest.resources.map((r) => r.path)), 300_000);

describe('manifest.yml', () => {
  it("passes @forge/manifest's own validator with no error", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validate } = require('@forge/manifest') as {
      validate(
        basic: boolean,
        file: string,
      ): Promise<{ success: boolean; errors?: Array<{ message: string; line?: number }> }>;
    };
    const cwd = process.cwd();
    process.chdir(repoRoot); // the validator resolves handlers and resources from the working directory
    try {
      const result = await validate(false, 'manifest.yml');
      expect(result.errors ?? []).toEqual([]);
      expect(result.success).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('targets the nodejs22.x runtime', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it('points every resource at a built Custom UI with an index.html', () => {
    for (const resource of manifest.resources) {
      const index = path.join(repoRoot, resource.path, 'index.html');
      expect({ resource: resource.key, built: fs.existsSync(index) }).toEqual({ resource: resource.key, built: true });
    }
  });

  it('has a handler file for every function', () => {
    for (const fn of manifest.modules.function ?? []) {
      const [file, exported] = String(fn.handler).split('.');
      const source = path.join(repoRoot, 'src', `${file}.ts`);
      expect(fs.existsSync(source)).toBe(true);
      expect(fs.readFileSync(source, 'utf8')).toMatch(
        new RegExp(`export (const|async function|function) ${exported}\\b`),
      );
    }
  });
});

/** Every product REST call in src/, as written: route`…` templates and the method next to them. */
function productCallsInSource(): Array<{ product: Product; method: string; path: string; file: string }> {
  const calls: Array<{ product: Product; method: string; path: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        for (const match of text.matchAll(/route`([^`]+)`([^;]{0,200})/g)) {
          const template = match[1]!.replace(/\$\{[^}]+\}/g, 'x');
          const method = /method:\s*'([A-Z]+)'/.exec(match[2] ?? '')?.[1] ?? 'GET';
          calls.push({
            product: template.startsWith('/wiki/') ? 'confluence' : 'jira',
            method,
            path: template,
            file: path.relative(repoRoot, full),
          });
        }
      }
    }
  };
  walk(path.join(repoRoot, 'src'));
  return calls;
}

function sourceImports(pkg: string): boolean {
  const walk = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.ts') && fs.readFileSync(full, 'utf8').includes(`from '${pkg}'`);
    });
  return walk(path.join(repoRoot, 'src'));
}

/**
 * Confluence REST v1 operations the app calls where v2 has no equivalent (file upload and download),
 * with the granular scope Atlassian's v1 reference gives them: the stored documents are v2 only.
 */
const confluenceV1Scopes: Record<string, string> = {
  'POST /wiki/rest/api/content/x/child/attachment': 'write:attachment:confluence',
  'GET /wiki/rest/api/content/x/child/attachment/x/download': 'read:attachment:confluence',
};

describeWithOpenApi('manifest scopes', () => {
  it('are exactly the smallest set the code uses, per the operations Atlassian documents', () => {
    const calls = productCallsInSource();
    expect(calls.length).toBeGreaterThan(0);
    const needed = new Set<string>();
    for (const call of calls) {
      const v1Scope = confluenceV1Scopes[`${call.method} ${call.path}`];
      if (v1Scope) {
        needed.add(v1Scope);
        continue;
      }
      const found = findOperation(call.product, call.method, call.path);
      expect({ call: `${call.method} ${call.path} (${call.file})`, documented: found !== null }).toEqual({
        call: `${call.method} ${call.path} (${call.file})`,
        documented: true,
      });
      const scopes = currentScopes(found!.operation);
      // One classic scope suffices per operation; prefer one the manifest already needs.
      const chosen = scopes.find((scope) => needed.has(scope)) ?? scopes[0];
      if (chosen) needed.add(chosen);
    }
    if (sourceImports('@forge/kvs')) needed.add('storage:app');
    expect([...manifest.permissions.scopes].sort()).toEqual([...needed].sort());
  });
});
