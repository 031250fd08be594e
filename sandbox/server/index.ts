import type http from 'node:http';
import { createServer } from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { resolverContract, type ResolverName } from '../../src/contract/resolvers';
import { demoUsers } from '../site/users';
import { parseFaultPlan } from '../platform/limits';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { chromePage, frameTag, sendSitePage } from './chromePage';
import { exportView, pageByIdView, pageView, wikiIndex } from './confluencePages';
import { serveFrame } from './frames';
import { issueView, jiraIndex } from './jiraPages';
import { jiraAdminPage, jiraAdminPagePath } from './jiraAdminPage';
import { macroConfigView, saveMacroConfig } from './macroEditor';
import { issuesText, readJson, sandboxUser, send, sendJson, serveFile } from './http';

const hostDir = path.resolve(__dirname, '..', 'host');

const statusOf: Record<string, number> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

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

function trailPage(): string {
  return chromePage({
    title: 'Audit trail',
    product: 'Confluence',
    crumbs: 'Apps › Audit trail',
    body: frameTag({
      id: 'app-frame',
      moduleKey: 'audit-trail',
      extension: { type: 'confluence:globalPage' },
      title: 'Audit trail',
    }),
  });
}

function programmePage(): string {
  return chromePage({
    title: 'Audit programme',
    product: 'Confluence',
    crumbs: 'Apps › Audit programme',
    body: frameTag({
      id: 'app-frame',
      moduleKey: 'audit-programme',
      extension: { type: 'confluence:globalPage' },
      title: 'Audit programme',
    }),
  });
}

/**
 * The programme as a Confluence space page (`confluence:spacePage`): the same app, told which
 * space it is in through `extension.space`, as Confluence frames a space page.
 */
async function spaceProgrammePage(platform: SandboxPlatform, res: http.ServerResponse, key: string): Promise<void> {
  const answer = await platform.requestProduct(
    'confluence',
    'GET',
    `/wiki/api/v2/spaces?keys=${encodeURIComponent(key)}`,
    undefined,
    undefined,
    'app',
  );
  const space = ((answer.body as { results?: Array<{ id: string; key: string; name: string }> }).results ?? [])[0];
  if (!space) return sendJson(res, 404, { message: `The sandbox's Confluence has no space ${key}` });
  return sendSitePage(
    res,
    200,
    chromePage({
      title: `Audit programme – ${space.name}`,
      product: 'Confluence',
      crumbs: `Spaces › ${space.name} › Audit programme`,
      body: frameTag({
        id: 'app-frame',
        moduleKey: 'audit-programme-space',
        extension: { type: 'confluence:spacePage', space: { id: space.id, key: space.key } },
        title: 'Audit programme',
      }),
    }),
  );
}

export function createSandboxServer(platform: SandboxPlatform): http.Server {
  return createServer((req, res) => {
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
    return sendSitePage(res, 200, programmePage());
  }
  if (method === 'GET' && pathname === '/trail') {
    return sendSitePage(res, 200, trailPage());
  }
  const frame = /^\/(frame|resource)\/([A-Za-z0-9_-]+)\/(.*)$/.exec(pathname);
  if (method === 'GET' && frame)
    return serveFrame(platform.manifest, res, frame[1] as 'frame' | 'resource', frame[2]!, frame[3]!);
  if (method === 'GET' && pathname.startsWith('/sandbox/host/'))
    return serveFile(res, hostDir, pathname.slice('/sandbox/host/'.length));

  if (method === 'POST' && pathname === '/sandbox/macro-config') {
    const saved = await saveMacroConfig(platform, sandboxUser(req), await readJson(req).catch(() => undefined));
    return sendJson(res, saved.status, saved.body);
  }
  if (pathname.startsWith('/sandbox/')) return sandboxApi(platform, req, res, url);
  if (method === 'GET' && (pathname === '/wiki' || pathname === '/wiki/')) return wikiIndex(platform, res);
  if (method === 'GET' && (pathname === '/jira' || pathname === '/jira/')) return jiraIndex(platform, res);
  if (method === 'GET' && pathname === jiraAdminPagePath) return jiraAdminPage(res);
  const spaceApp = /^\/wiki\/spaces\/([A-Za-z0-9]+)\/apps\/audit-programme$/.exec(pathname);
  if (method === 'GET' && spaceApp) return spaceProgrammePage(platform, res, spaceApp[1]!);
  // An issue's view on the real site's path (`/browse/NC-3`, what the app links to) and under /jira.
  const browse = /^(?:\/jira)?\/browse\/([A-Z][A-Z0-9]*-\d+)$/.exec(pathname);
  if (method === 'GET' && browse) return issueView(platform, res, browse[1]!);
  const macroConfig = /^\/wiki\/spaces\/([A-Za-z0-9_-]+)\/pages\/(\d+)\/macros\/([A-Za-z0-9_-]+)\/config$/.exec(
    pathname,
  );
  if (method === 'GET' && macroConfig)
    return macroConfigView(platform, res, macroConfig[1]!, macroConfig[2]!, macroConfig[3]!);
  if (method === 'GET' && pathname === '/wiki/pages/viewpage.action')
    return pageByIdView(platform, res, url.searchParams.get('pageId') ?? '');
  // A page's view as Confluence links it, with or without the title after the id (`webui`).
  const wikiPage = /^\/wiki\/spaces\/([A-Za-z0-9_-]+)\/pages\/(\d+)(?:(\/export)|\/[^/]+)?$/.exec(pathname);
  if (method === 'GET' && wikiPage) {
    if (wikiPage[3])
      return exportView(
        platform,
        res,
        wikiPage[1]!,
        wikiPage[2]!,
        url.searchParams.get('type') === 'word' ? 'word' : 'pdf',
        // A navigation carries no header: the page's export links name the signed-in user.
        url.searchParams.get('user') || sandboxUser(req),
      );
    return pageView(platform, res, wikiPage[1]!, wikiPage[2]!);
  }
  if (pathname.startsWith('/rest/api/') || pathname.startsWith('/wiki/api/v2/')) {
    // The emulated products on their real paths: as the `X-Sandbox-User` user, or as the app.
    const user = sandboxUser(req);
    const body = method === 'GET' || method === 'DELETE' ? undefined : await readJson(req);
    const answer = await platform.requestProduct(
      pathname.startsWith('/wiki/') ? 'confluence' : 'jira',
      method,
      `${pathname}${url.search}`,
      body,
      user,
      user ? 'user' : 'app',
    );
    return sendJson(res, answer.status, answer.body, answer.headers ?? {});
  }
  return sendJson(res, 404, { message: `The sandbox has nothing at ${method} ${pathname}` });
}

async function sandboxApi(
  platform: SandboxPlatform,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  const method = req.method ?? 'GET';
  const pathname = url.pathname;
  if (method === 'GET' && pathname === '/sandbox/contract') return sendJson(res, 200, contractDocument());
  if (method === 'GET' && pathname === '/sandbox/users') return sendJson(res, 200, { users: demoUsers });
  if (method === 'GET' && pathname === '/sandbox/counters') return sendJson(res, 200, platform.snapshot());
  if (method === 'POST' && pathname === '/sandbox/reset') {
    platform.resetCounters();
    return sendJson(res, 200, platform.snapshot());
  }
  if (method === 'POST' && pathname === '/sandbox/clock') {
    const parsed = z
      .object({
        advanceSeconds: z
          .number()
          .min(0)
          .max(366 * 86_400),
      })
      .strict()
      .safeParse((await readJson(req)) ?? {});
    if (!parsed.success)
      return sendJson(res, 400, {
        message: issuesText(parsed.error),
      });
    platform.clock.advance(parsed.data.advanceSeconds * 1000);
    const ran = await platform.tick();
    return sendJson(res, 200, { now: platform.clock.now().toISOString(), ...ran });
  }
  if (method === 'POST' && pathname === '/sandbox/tick') return sendJson(res, 200, await platform.tick());
  if (method === 'GET' && pathname === '/sandbox/faults') return sendJson(res, 200, platform.faults.describePlan());
  if (method === 'POST' && pathname === '/sandbox/faults') {
    const parsed = parseFaultPlan((await readJson(req)) ?? {});
    if (!parsed.ok) return sendJson(res, 400, { message: 'Invalid fault plan', issues: parsed.issues });
    platform.faults.setPlan(parsed.plan);
    return sendJson(res, 200, platform.faults.describePlan());
  }
  if (method === 'POST' && pathname === '/sandbox/events') {
    // Delivery modes of Jira's issue events: duplicate and reorder them, to test idempotency.
    const parsed = z
      .object({
        duplicate: z.boolean().optional(),
        duplicateProbability: z.number().min(0).max(1).optional(),
        reorder: z.boolean().optional(),
        reorderWindow: z.number().int().min(2).max(100).optional(),
        dropProbability: z.number().min(0).max(1).optional(),
      })
      .strict()
      .safeParse((await readJson(req)) ?? {});
    if (!parsed.success)
      return sendJson(res, 400, {
        message: issuesText(parsed.error),
      });
    platform.events.configure(parsed.data);
    return sendJson(res, 200, platform.events.currentModes());
  }
  if (method === 'DELETE' && pathname === '/sandbox/faults') {
    platform.faults.clear();
    return sendJson(res, 200, platform.faults.describePlan());
  }

  const invoke = /^\/sandbox\/invoke\/([A-Za-z0-9_-]+)$/.exec(pathname);
  if (method === 'POST' && invoke) {
    const name = invoke[1]!;
    if (!(name in resolverContract))
      return sendJson(res, 404, { ok: false, error: { code: 'not_found', message: `No resolver named ${name}` } });
    let payload: unknown;
    try {
      payload = (await readJson(req)) ?? {};
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'The body is not JSON', field: '(payload)' },
      });
    }
    const moduleKey = url.searchParams.get('module') ?? undefined;
    const result = (await platform.invoke(name, payload, sandboxUser(req), moduleKey)) as {
      ok: boolean;
      error?: { code: string };
    };
    // The bridge gets every typed result as a 200, as Forge's invoke does (an error result is an
    // answer, not a failed request); scripts and tests get the error's HTTP status.
    const status = result.ok || url.searchParams.has('bridge') ? 200 : (statusOf[result.error?.code ?? ''] ?? 500);
    return sendJson(res, status, result);
  }

  const product = /^\/sandbox\/product\/(jira|confluence)$/.exec(pathname);
  if (method === 'POST' && product) {
    // `@forge/bridge` requestJira/requestConfluence from a Custom UI, as the signed-in user.
    const body = (await readJson(req)) as { restPath: string; method?: string; body?: string | null };
    const answer = await platform.requestProduct(
      product[1] as 'jira' | 'confluence',
      body.method ?? 'GET',
      body.restPath,
      body.body ? JSON.parse(body.body) : undefined,
      sandboxUser(req),
    );
    return sendJson(res, 200, {
      status: answer.status,
      statusText: String(answer.status),
      headers: { 'content-type': 'application/json', ...(answer.headers ?? {}) },
      body: answer.body === undefined ? null : JSON.stringify(answer.body),
    });
  }
  return sendJson(res, 404, { message: `The sandbox has nothing at ${method} ${pathname}` });
}
