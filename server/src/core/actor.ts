import type { Role } from '@fulcrum/shared';
import type { Context, Viewer } from './context';
import { UnauthenticatedError } from './errors';

/** The signed-in viewer, or UNAUTHENTICATED: the one check every service and policy starts with. */
export function requireActor(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/**
 * What the synchronous predicates of every feature's policy read about the viewer: who they
 * are, everyone below them in today's org chart, and today's manager of the people a decision
 * is about (a plan's owner). Loaded by `loadActor`, the one asynchronous step.
 */
export interface Actor {
  personId: string;
  organizationId: string;
  role: Role;
  /** Everyone below the actor today; empty when the decision at hand does not need it. */
  below: ReadonlySet<string>;
  /** Today's manager of the people the decision is about, by person id. */
  managerOf: ReadonlyMap<string, string | null>;
}

export interface ActorNeeds {
  /** Load everyone below the actor (one statement per request, cached). */
  subtree?: boolean;
  /** Load today's manager of these people (from the request's person loader). */
  managersOf?: readonly string[];
}

const NOBODY: ReadonlySet<string> = new Set();

/**
 * Loads the facts a policy's predicates need, and only those: each policy says what its
 * decision reads, so a check costs the same statements whatever the number of rules.
 */
export async function loadActor(ctx: Context, needs: ActorNeeds = {}): Promise<Actor> {
  const viewer = requireActor(ctx);
  const managerOf = new Map<string, string | null>();
  for (const id of needs.managersOf ?? []) managerOf.set(id, (await ctx.loaders.currentManager(id)) ?? null);
  const below = needs.subtree ? await ctx.loaders.viewerSubtree() : NOBODY;
  return { personId: viewer.personId, organizationId: viewer.organizationId, role: viewer.role, below, managerOf };
}
