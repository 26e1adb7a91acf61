import express, { type Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';

const SERVER_PATHS = /^\/(graphql|healthz|calendar)(\/|$)/;

/**
 * Serves the built single-page client, and `index.html` for every other GET so that client
 * routes (`/people`, `/invitation/…`) survive a reload.
 */
export function serveClient(app: Express, clientDist: string): void {
  const index = path.join(clientDist, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The client is not built yet. Run `npm run build` (npm start does it for you).');
    });
    return;
  }
  app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
