import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// The server relies on decorator metadata (type-graphql, TypeORM); esbuild/oxc drop it, SWC keeps it.
export const swcPlugin = swc.vite({
  module: { type: 'es6' },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
});

const require = createRequire(import.meta.url);

// Vite would pick graphql's ESM build for our files while type-graphql and Apollo load the
// CommonJS one: two realms of the same classes. Point every import at the CommonJS build.
export const aliases = [
  { find: /^graphql$/, replacement: require.resolve('graphql') },
  {
    find: '@fulcrum/shared',
    replacement: fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)),
  },
];

export default defineConfig({
  plugins: [swcPlugin],
  resolve: { alias: aliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/src/**/*.spec.ts', 'server/src/**/*.spec.ts', 'tests/contract/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 90_000,
          pool: 'forks',
        },
      },
      {
        // The React client: its own plugins and aliases (not the server's SWC and CommonJS
        // graphql), rendered in jsdom.
        extends: false,
        plugins: [react()],
        resolve: {
          alias: {
            '@fulcrum/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)),
            '@': fileURLToPath(new URL('./client/src', import.meta.url)),
          },
        },
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['client/src/**/*.test.{ts,tsx}'],
          setupFiles: ['client/src/test/setup.ts'],
        },
      },
    ],
  },
});
