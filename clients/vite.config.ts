import { defineConfig } from 'vitest/config';

/** `npm run dev` forwards the API and the WebSocket to a running meeting server (HOPSO_SERVER, default :8080). */
const server = process.env.HOPSO_SERVER ?? 'http://localhost:8080';

// The built app goes where Maven packs static resources, so the server's jar serves it at "/".
export default defineConfig({
  base: './',
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/ws': { target: server.replace(/^http/, 'ws'), ws: true },
    },
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // The Content-Security-Policy allows fonts from 'self' only, never data: URLs, so no asset is inlined.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
