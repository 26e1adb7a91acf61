import type { Role } from '@fulcrum/shared';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { Logger } from '../logger';
import type { AttemptLimiter } from '../modules/accounts/attempt-limiter';
import type { OneOnOneEvents } from '../modules/one-on-ones/one-on-one.events';
import { createLoaders, type Loaders } from './loaders';

/** The signed-in account behind a request. */
export interface Viewer {
  accountId: string;
  personId: string;
  organizationId: string;
  role: Role;
  sessionId: string;
}

/** Long-lived parts shared by every request of one server instance. */
export interface AppServices {
  config: Config;
  db: DataSource;
  log: Logger;
  /** Refused attempts per email and client address: signing in, and creating an account (sign-up, invitation). */
  limiters: { signIn: AttemptLimiter; newAccount: AttemptLimiter };
  /** Live 1:1 changes from every instance (PostgreSQL LISTEN/NOTIFY). */
  events: OneOnOneEvents;
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

export function createContext(parts: Omit<Context, 'loaders'>): Context {
  return { ...parts, loaders: createLoaders(parts.app.db, parts.viewer) };
}
