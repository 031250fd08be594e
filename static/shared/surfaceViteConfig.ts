import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The Vite config every Custom UI surface uses. Forge serves a build from a CDN path, so every
 * asset URL is relative (`base: './'`); the build lands in ./build, the manifest resource's path.
 * `surfaceUrl` is the surface's `import.meta.url`.
 */
export function surfaceViteConfig(surfaceUrl: string): UserConfig {
  return defineConfig({
    root: fileURLToPath(new URL('.', surfaceUrl)),
    base: './',
    plugins: [react()],
    // The manifest (build/.vite/manifest.json) names each chunk's static imports: bench `bundle` reads it.
    build: { outDir: 'build', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500, manifest: true },
  });
}
