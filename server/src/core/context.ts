import type { Role } from '@fulcrum/shared';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Logger } from './logger';

/** The signed-in account behind a request. */
export interface Viewer {
  accountId: string;
  personId: string;
  organizationId: string;
  role: Role;
  sessionId: string;
}

/**
 * Long-lived parts shared by every request of one server instance. Features add their own
 * members by declaration merging (`declare module '…/core/context' { interface AppServices { … } }`):
 * identity/accounts the attempt limiters, one-on-ones the live events. app/app.ts builds it.
 */
export interface AppServices {
  config: Config;
  db: DataSource;
  log: Logger;
  /** Fresh per-request loaders for a viewer (app/loaders.ts), e.g. after signing in. */
  loadersFor(viewer: Viewer | null): Loaders;
}

/**
 * Per-request batching and caching, scoped to the viewer's organization. Core declares the org
 * chart's part; every feature adds its loaders by declaration merging, and app/loaders.ts
 * assembles them all (a missing one fails the type check there).
 */
export interface Loaders {
  /** Ids of everyone below the viewer in the manager chain, loaded once per request. */
  viewerSubtree(): Promise<Set<string>>;
  /** After the org chart changed in this request, the next call reloads the subtree. */
  forgetSubtree(): void;
  /** A person's manager today (null at the top; undefined for nobody of the organization). */
  currentManager(personId: string): Promise<string | null | undefined>;
}

/** What every resolver and service receives first. */
export interface Context {
  requestId: string;
  log: Logger;
  app: AppServices;
  viewer: Viewer | null;
  loaders: Loaders;
  /** Present on HTTP requests (cookies are set through it); absent over WebSocket. */
  http?: { req: Request; res: Response };
  clientAddress: string;
  /** Origin used to build links handed back to the user. */
  origin: string;
}
