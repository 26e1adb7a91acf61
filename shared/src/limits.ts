/** Input limits enforced by the server and previewed by the client forms. */
export const LIMITS = {
  passwordMin: 12,
  passwordMax: 256,
  emailMax: 254,
  nameMax: 120,
  organizationNameMax: 120,
  titleMax: 120,
  specialtyMax: 80,
  searchMax: 120,
  idMax: 64,
  tokenMax: 128,
  pageSizeMax: 100,
  descriptionMax: 2_000,
  evidenceMax: 4_000,
} as const;

/** Abuse limits applied to every GraphQL request. */
export const REQUEST_LIMITS = {
  maxDepth: 12,
  maxAliasesPerField: 20,
  maxCost: 50_000,
  defaultListSize: 10,
  maxBodyBytes: 1024 * 1024,
  /** Lexical tokens in one GraphQL document: parsing stops beyond this, before any work. */
  maxTokens: 8_000,
} as const;

/** Limits of the live-events WebSocket (graphql-ws on `/graphql`), on top of REQUEST_LIMITS. */
export const SOCKET_LIMITS = {
  /** Largest message a client may send; the socket is closed (1009) beyond it. */
  maxMessageBytes: 64 * 1024,
  /** A socket that has not sent `connection_init` by then is closed (4408). */
  connectionInitTimeoutMs: 3_000,
  /** Open subscriptions on one socket: the app holds one per open 1:1 screen. */
  maxSubscriptionsPerConnection: 25,
  /** Open sockets of one session (one per browser tab) on one instance, or of one signed-out address. */
  maxConnectionsPerSession: 10,
} as const;

export const SESSION_DAYS = 30;
export const INVITATION_DAYS = 7;
export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing and is treated as not found. */
export function isId(value: string): boolean {
  return UUID_SHAPE.test(value);
}
