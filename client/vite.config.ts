import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The server (port 4000) serves the built client in production; in development Vite serves
// the client and forwards API, health and calendar requests to it.
// FULCRUM_SERVER_URL points the dev server at a server on another port.
const server = process.env.FULCRUM_SERVER_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // Source, not dist: the client previews exactly the rules the server enforces.
      '@fulcrum/shared': fromHere('../shared/src/index.ts'),
      '@': fromHere('./src'),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: server, ws: true },
      '/healthz': server,
      '/calendar': server,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
