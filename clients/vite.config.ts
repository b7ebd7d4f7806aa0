import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** `npm run dev` forwards the API and the WebSocket to a running meeting server (HOPSO_SERVER, default :8080). */
const server = process.env.HOPSO_SERVER ?? 'http://localhost:8080';

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy next to every built script and style sheet, compressed once at the
 * strongest settings; the server sends the copy the browser accepts (fonts are woff2, compressed already).
 */
function precompressed(): Plugin {
  return {
    name: 'hopso-precompressed',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle).filter((name) => /\.(js|css)$/.test(name))) {
        const path = join(options.dir ?? '', fileName);
        const content = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
      }
    },
  };
}

// The built app goes where Maven packs static resources, so the server's jar serves it at "/".
export default defineConfig({
  base: './',
  plugins: [precompressed()],
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/ws': { target: server.replace(/^http/, 'ws'), ws: true },
    },
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  // PDF.js's worker is an ES module; bundled as a module worker it is a .js file of the app like any other.
  worker: { format: 'es' },
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
