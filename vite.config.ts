import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web app's build: sources in web/, output in web/dist (served by src/server/plugins/web.ts).
 * Hashed file names under assets/ let the server cache them for a year; index.html is never cached.
 */
export default defineConfig({
  // Absolute, so a programmatic build works from any working directory.
  root: fileURLToPath(new URL('./web', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
