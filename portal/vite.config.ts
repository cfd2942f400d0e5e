import { defineConfig } from 'vitest/config';

// Maven passes --outDir target/classes/static so the service's jar serves the portal at "/".
export default defineConfig({
  base: '/',
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
