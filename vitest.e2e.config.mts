import { defineConfig } from 'vitest/config';
import { aliases, swcPlugin } from './vitest.config.mts';

// Browser tests: the built client served by a real server, driven in Debian's Chromium.
export default defineConfig({
  plugins: [swcPlugin],
  resolve: { alias: aliases },
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
