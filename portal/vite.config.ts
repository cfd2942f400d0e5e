import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Each script and style also as .br and .gz beside it, compressed once at build time as hard as the formats allow:
 * the service sends the one the browser takes (merchant/PortalPage) instead of gzipping on every request, and Brotli
 * sends the form renderer in 14% fewer bytes than gzip.
 */
function precompressed(): Plugin {
  return {
    name: 'precompressed',
    apply: 'build',
    async writeBundle(options) {
      const assets = join(options.dir as string, 'assets');
      for (const name of await readdir(assets)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const file = join(assets, name);
        const content = await readFile(file);
        await writeFile(`${file}.br`, brotliCompressSync(content, { params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        await writeFile(`${file}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

// Maven passes --outDir target/classes/static so the service's jar serves the portal at "/".
export default defineConfig({
  base: '/',
  plugins: [precompressed()],
  build: {
    target: 'es2020',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
