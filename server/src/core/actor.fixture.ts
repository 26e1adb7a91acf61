import { PlanStatus, Role } from '@fulcrum/shared';
import type { Actor } from './actor';

/**
 * The org charts of docs/security.md's access table, for the unit tests of every feature's
 * policy (`*.policy.spec.ts`). One
 * organization: CEO above A and B; A above A2 and the peer P; O (the plan's owner) reports to A,
 * then moves to B (the hand-over gives the open plan to B) or to A2 (A stays above, a
 * skip-level). D is a junior under B who takes a delegation; X an admin outside the chain; Z a
 * person of another organization.
 */
export type Chart = Record<string, string | null>;

const base: Chart = { CEO: null, A: 'CEO', B: 'CEO', A2: 'A', P: 'A', D: 'B', X: null, O: 'A' };
export const CHARTS = {
  /** O reports to A. */
  before: base,
  /** O moved to B. */
  movedToB: { ...base, O: 'B' },
  /** O moved to A2, below A. */
  movedBelowA: { ...base, O: 'A2' },
} satisfies Record<string, Chart>;

export const ORG = 'org-1';
export const OTHER_ORG = 'org-2';

function below(chart: Chart, personId: string): Set<string> {
  const result = new Set<string>();
  let added = true;
  while (added) {
    added = false;
    for (const [id, manager] of Object.entries(chart)) {
      if (manager && (manager === personId || result.has(manager)) && !result.has(id)) {
        result.add(id);
        added = true;
      }
    }
  }
  return result;
}

/** The actor with every fact loaded: the predicates must decide from these alone. */
export function actorIn(chart: Chart, personId: string): Actor {
  const organizationId = personId === 'Z' ? OTHER_ORG : ORG;
  return {
    personId,
    organizationId,
    role: personId === 'X' || personId === 'Z' ? Role.ADMIN : Role.MEMBER,
    below: organizationId === ORG ? below(chart, personId) : new Set(),
    managerOf: new Map(organizationId === ORG ? Object.entries(chart) : []),
  };
}

/** A plan of O stored under `managerId`, as the policies read it. */
export function plan(managerId: string, status: PlanStatus = PlanStatus.ACTIVE) {
  return { organizationId: ORG, ownerId: 'O', managerId, status };
}
