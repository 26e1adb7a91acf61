import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';

/** 200 when the database answers within a second, 503 otherwise. */
export function healthHandler(db: DataSource): RequestHandler {
  return async (_req, res) => {
    try {
      await Promise.race([
        db.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('database did not answer in time')), 1_000).unref(),
        ),
      ]);
      res.status(200).json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database' });
    }
  };
}
