import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into dist/, served by the server (packages/server/src/web): pages at /privacy and /admin, files at /ui/assets/.
export default defineConfig({
  root: import.meta.dirname,
  base: '/ui/',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Everything is inlined into our own files: no external fonts, CDNs or data: scripts.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
});
