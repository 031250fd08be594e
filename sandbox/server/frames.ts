import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { AppManifest } from '../platform/appManifest';
import { send, sendJson, serveFile } from './http';

/**
 * A Content-Security-Policy like the one Forge serves Custom UI under: scripts and styles from the
 * app's own origin only (inline styles because the manifest asks for them) and no network access
 * from the frame — everything goes through the bridge.
 */
export const FRAME_CSP = [
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

function resourceFolder(manifest: AppManifest, resourceKey: string): string | null {
  const resources = (manifest.raw.resources ?? []) as Array<{ key: string; path: string }>;
  const resource = resources.find((r) => r.key === resourceKey);
  return resource ? path.join(manifest.root, resource.path) : null;
}

/**
 * Serves a Custom UI resource's build unmodified, with the bridge hook loaded first, at
 * `/resource/<resourceKey>/…`; `/frame/<moduleKey>/…` serves the resource a module names.
 */
export function serveFrame(
  manifest: AppManifest,
  res: http.ServerResponse,
  kind: 'frame' | 'resource',
  key: string,
  rest: string,
): void {
  let resourceKey = key;
  if (kind === 'frame') {
    const found = manifest.moduleByKey(key);
    if (!found || typeof found.module.resource !== 'string')
      return sendJson(res, 404, { message: `no Custom UI module ${key}` });
    resourceKey = found.module.resource;
  }
  const folder = resourceFolder(manifest, resourceKey);
  if (!folder) return sendJson(res, 404, { message: `no resource ${resourceKey}` });
  const headers = { 'content-security-policy': FRAME_CSP };
  if (rest) return serveFile(res, folder, rest, headers);
  const index = path.join(folder, 'index.html');
  if (!fs.existsSync(index))
    return send(res, 503, `${path.relative(manifest.root, folder)} is not built: run npm run build`, 'text/plain');
  const html = fs
    .readFileSync(index, 'utf8')
    .replace(/<head>/i, '<head><script src="/sandbox/host/bridge.js"></script>');
  return send(res, 200, html, 'text/html; charset=utf-8', headers);
}
