import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The audit trail and record page (confluence:globalPage `audit-trail`, resource `trail`). Forge
 * serves the build from a CDN path, so every asset URL is relative (`base: './'`); the build lands
 * in ./build for the manifest's resource.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: 'build',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
