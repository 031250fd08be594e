import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { resolverContract, type ResolverName } from '../src/contract/resolvers';
import { demoUsers } from './demo/users';
import { SANDBOX_CLOUD_ID, SANDBOX_SITE } from './platform/functionRunner';
import type { SandboxPlatform } from './platform/sandboxPlatform';

const repoRoot = path.resolve(__dirname, '..');
const hostDir = path.join(__dirname, 'host');

/** The Custom UI surfaces the sandbox can frame, by route. */
const surfaces: Record<string, { resource: string; moduleKey: string; extensionType: string; title: string }> = {
  programme: {
    resource: 'programme',
    moduleKey: 'audit-programme',
    extensionType: 'confluence:globalPage',
    title: 'Audit programme',
  },
};

/**
 * A Content-Security-Policy like the one Forge serves Custom UI under: scripts and styles from the
 * app's own origin only (inline styles allowed because the manifest asks for them), and no network
 * access from the frame — everything goes through the bridge.
 */
const FRAME_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const CHROME_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'";

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const statusOf: Record<string, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}
const sendJson = (res: http.ServerResponse, status: number, body: unknown) =>
  send(res, status, JSON.stringify(body), 'application/json');

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  return JSON.parse(text) as unknown;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function chromePage(surfaceKey: string): string {
  const surface = surfaces[surfaceKey]!;
  const options = demoUsers
    .map(
      (u) =>
        `<option value="${u.accountId}">${escapeHtml(u.displayName)}${u.siteAdmin ? ' (site admin)' : ''}</option>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(surface.title)} · Sandbox</title>
<link rel="stylesheet" href="/sandbox/host/chrome.css"></head>
<body data-site-url="${SANDBOX_SITE}" data-cloud-id="${SANDBOX_CLOUD_ID}">
<header class="topbar"><span class="product">Confluence</span><span class="crumbs">Apps › ${escapeHtml(surface.title)}</span>
<span class="badge">Local sandbox — emulated Atlassian site</span>
<label class="user">Signed in as <select id="user-switcher" data-testid="user-switcher">${options}</select></label></header>
<main><iframe id="app-frame" title="${escapeHtml(surface.title)}" data-src="/frame/${surfaceKey}/" data-module-key="${surface.moduleKey}" data-extension-type="${surface.extensionType}"></iframe></main>
<div id="flags" aria-live="polite"></div>
<script src="/sandbox/host/chrome.js"></script>
</body></html>`;
}

function framePage(surfaceKey: string): string | null {
  const surface = surfaces[surfaceKey];
  if (!surface) return null;
  const index = path.join(repoRoot, 'static', surface.resource, 'build', 'index.html');
  if (!fs.existsSync(index)) return null;
  // The unmodified build, with the bridge hook loaded first (as Forge's frame does).
  return fs.readFileSync(index, 'utf8').replace(/<head>/i, '<head><script src="/sandbox/host/bridge.js"></script>');
}

function serveFile(res: http.ServerResponse, base: string, relative: string, headers: Record<string, string> = {}) {
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    sendJson(res, 404, { message: 'not found' });
    return;
  }
  send(res, 200, fs.readFileSync(file), contentTypes[path.extname(file)] ?? 'application/octet-stream', headers);
}

/** The contract as JSON Schema, generated from the same zod table the resolver parses with. */
export function contractDocument() {
  return {
    resolvers: (Object.keys(resolverContract) as ResolverName[]).map((name) => ({
      name,
      summary: resolverContract[name].summary,
      access: resolverContract[name].access,
      input: z.toJSONSchema(resolverContract[name].input, { io: 'input' }),
    })),
  };
}

export function createSandboxServer(platform: SandboxPlatform): http.Server {
  return http.createServer((req, res) => {
    handle(platform, req, res).catch((error: unknown) => {
      console.error('sandbox: request failed', error);
      if (!res.headersSent) sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  });
}

async function handle(platform: SandboxPlatform, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.local');
  const method = req.method ?? 'GET';
  const pathname = url.pathname;

  if (method === 'GET' && pathname.endsWith('/favicon.ico')) return send(res, 204, '', 'image/x-icon');
  if (method === 'GET' && (pathname === '/' || pathname === '/programme')) {
    return send(res, 200, chromePage('programme'), 'text/html; charset=utf-8', {
      'content-security-policy': CHROME_CSP,
    });
  }
  const frame = /^\/frame\/([a-z-]+)\/(.*)$/.exec(pathname);
  if (method === 'GET' && frame) {
    const [, surfaceKey, rest] = frame;
    const surface = surfaces[surfaceKey!];
    if (!surface) return sendJson(res, 404, { message: `no surface ${surfaceKey}` });
    if (!rest) {
      const page = framePage(surfaceKey!);
      if (!page) return send(res, 503, `static/${surface.resource} is not built: run npm run build`, 'text/plain');
      return send(res, 200, page, 'text/html; charset=utf-8', { 'content-security-policy': FRAME_CSP });
    }
    return serveFile(res, path.join(repoRoot, 'static', surface.resource, 'build'), rest!, {
      'content-security-policy': FRAME_CSP,
    });
  }
  if (method === 'GET' && pathname.startsWith('/sandbox/host/')) {
    return serveFile(res, hostDir, pathname.slice('/sandbox/host/'.length));
  }
  if (method === 'GET' && pathname === '/sandbox/contract') return sendJson(res, 200, contractDocument());
  if (method === 'GET' && pathname === '/sandbox/users') return sendJson(res, 200, { users: demoUsers });
  if (method === 'GET' && pathname === '/sandbox/counters') return sendJson(res, 200, platform.counters());
  if (method === 'POST' && pathname === '/sandbox/reset') {
    platform.resetCounters();
    return sendJson(res, 200, platform.counters());
  }

  const invoke = /^\/sandbox\/invoke\/([A-Za-z0-9_-]+)$/.exec(pathname);
  if (method === 'POST' && invoke) {
    const name = invoke[1]!;
    if (!(name in resolverContract))
      return sendJson(res, 404, { ok: false, error: { code: 'not_found', message: `No resolver named ${name}` } });
    let payload: unknown;
    try {
      payload = await readBody(req);
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'The body is not JSON', field: '(payload)' },
      });
    }
    const user = req.headers['x-sandbox-user'];
    const result = (await platform.invoke(name, payload, typeof user === 'string' && user ? user : undefined)) as {
      ok: boolean;
      error?: { code: string };
    };
    return sendJson(res, result.ok ? 200 : (statusOf[result.error?.code ?? ''] ?? 500), result);
  }

  const product = /^\/sandbox\/product\/(jira|confluence)$/.exec(pathname);
  if (method === 'POST' && product) {
    const body = (await readBody(req)) as { restPath: string; method?: string; body?: string | null };
    const user = req.headers['x-sandbox-user'];
    const answer = await platform.requestProduct(
      product[1] as 'jira' | 'confluence',
      body.method ?? 'GET',
      body.restPath,
      body.body ? JSON.parse(body.body) : undefined,
      typeof user === 'string' ? user : undefined,
    );
    return sendJson(res, 200, {
      status: answer.status,
      statusText: String(answer.status),
      headers: { 'content-type': 'application/json', ...(answer.headers ?? {}) },
      body: JSON.stringify(answer.body),
    });
  }

  return sendJson(res, 404, { message: `The sandbox has nothing at ${method} ${pathname}` });
}
