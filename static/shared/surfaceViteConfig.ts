import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * The one page every surface's build starts from: only the title differs, so the page is written
 * here instead of six identical index.html files that would drift apart.
 */
function surfacePage(title: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${title}</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./src/main.tsx"></script>
  </body>
</html>
`;
}

/** Serves the surface's index.html from `surfacePage` so the build entry needs no file on disk. */
function surfaceIndexHtml(root: string, title: string): Plugin {
  const indexPath = `${root}index.html`;
  return {
    name: 'surface-index-html',
    enforce: 'pre',
    resolveId(id) {
      return id === indexPath || id === 'index.html' || id === '/index.html' ? indexPath : null;
    },
    load(id) {
      return id === indexPath ? surfacePage(title) : null;
    },
  };
}

/**
 * The Vite config every Custom UI surface uses. Forge serves a build from a CDN path, so every
 * asset URL is relative (`base: './'`); the build lands in ./build, the manifest resource's path,
 * and its build/index.html is the page above with the surface's `title`.
 * `surfaceUrl` is the surface's `import.meta.url`.
 */
export function surfaceViteConfig(surfaceUrl: string, title: string): UserConfig {
  const root = fileURLToPath(new URL('.', surfaceUrl));
  return defineConfig({
    root,
    base: './',
    plugins: [surfaceIndexHtml(root, title), react()],
    // The manifest (build/.vite/manifest.json) names each chunk's static imports: bench `bundle` reads it.
    build: {
      outDir: 'build',
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      manifest: true,
      rollupOptions: { input: `${root}index.html` },
    },
  });
}
