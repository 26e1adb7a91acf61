/**
 * The three answers in one canonical shape, so they can be compared field by field. These are
 * exactly the fields the bench compares (and measures): see bench/README.md.
 */

export interface HomeRow {
  id: string;
  status: string;
  targetArchetype: string | null;
  owner: { id: string; name: string; title: string | null };
  readinessStage: string;
  currentByMode: { key: string; hours: number }[];
  projectedByMode: { key: string; hours: number }[];
  nextOneOnOne: {
    id: string;
    scheduledAt: string;
    actionItems: { id: string; text: string; done: boolean }[];
  } | null;
  delegations: {
    id: string;
    activityName: string;
    stage: string;
    delegatee: { name: string };
    checkIns: { confidence: number; at: string }[];
  }[];
  antiPatterns: { pattern: string; detected: boolean }[];
}

export const COMPARED_FIELDS = [
  'id',
  'status',
  'targetArchetype',
  'owner { id name title }',
  'readiness { stage }',
  'week { current { byMode { key hours } } projected { byMode { key hours } } }',
  'nextOneOnOne { id scheduledAt actionItems { id text done } }',
  'delegations { id activityName stage delegatee { name } checkIns { confidence at } }',
  'antiPatterns { pattern detected }',
];

/** Timestamps as the same instant in one notation (PostGraphile answers `…+00:00`, Fulcrum `…Z`). */
const instant = (value: string) => new Date(value).toISOString();

interface ModeHours {
  key: string;
  hours: number;
}
interface ActionItem {
  id: string;
  text: string;
  done: boolean;
}

/** One plan of `visiblePlans` as Fulcrum (and the raw server) answers it (queries/manager-home.graphql). */
interface FulcrumPlan {
  id: string;
  status: string;
  targetArchetype: string | null;
  owner: { id: string; name: string; title: string | null };
  readiness: { stage: string };
  week: { current: { byMode: ModeHours[] }; projected: { byMode: ModeHours[] } };
  nextOneOnOne: { id: string; scheduledAt: string; actionItems: ActionItem[] } | null;
  delegations: {
    id: string;
    activityName: string;
    stage: string;
    delegatee: { name: string };
    checkIns: { confidence: number; at: string }[];
  }[];
  antiPatterns: { pattern: string; detected: boolean }[];
}

/** The same plan as PostGraphile answers it (queries/manager-home.postgraphile.graphql). */
interface PostGraphilePlan {
  rowId: string;
  status: string;
  targetArchetype: string | null;
  personByOwnerId: { rowId: string; name: string; title: string | null };
  readinessStage: string;
  currentByMode: ModeHours[];
  projectedByMode: ModeHours[];
  nextOneOnOne: {
    rowId: string;
    scheduledAt: string;
    actionItemsByOneOnOneId: { nodes: (Omit<ActionItem, 'id'> & { rowId: string })[] };
  } | null;
  delegationsByPlanId: {
    nodes: {
      rowId: string;
      activityName: string;
      stage: string;
      personByDelegateeId: { name: string };
      checkInsByDelegationId: { nodes: { confidence: number; at: string }[] };
    }[];
  };
  antiPatterns: { pattern: string; detected: boolean }[];
}

/** A GraphQL response body, as parsed JSON: its shape is what the query asked for. */
interface Answer<Plan> {
  data?: { visiblePlans: Plan[] } | null;
  errors?: unknown[];
}

function plansOf<Plan>(body: unknown, who: string): Plan[] {
  const answer = body as Answer<Plan> | null;
  if (answer?.errors?.length)
    throw new Error(`${who} answered with errors: ${JSON.stringify(answer.errors).slice(0, 800)}`);
  if (!answer?.data) throw new Error(`${who} answered without data`);
  return answer.data.visiblePlans;
}

const modeHours = (h: ModeHours) => ({ key: h.key, hours: h.hours });
const antiPattern = (a: { pattern: string; detected: boolean }) => ({ pattern: a.pattern, detected: a.detected });

/** Fulcrum's answer (and the raw server's, which is the same JSON). */
export function fromFulcrum(body: unknown, who = 'Fulcrum'): HomeRow[] {
  return plansOf<FulcrumPlan>(body, who).map((p) => ({
    id: p.id,
    status: p.status,
    targetArchetype: p.targetArchetype,
    owner: { id: p.owner.id, name: p.owner.name, title: p.owner.title },
    readinessStage: p.readiness.stage,
    currentByMode: p.week.current.byMode.map(modeHours),
    projectedByMode: p.week.projected.byMode.map(modeHours),
    nextOneOnOne: p.nextOneOnOne && {
      id: p.nextOneOnOne.id,
      scheduledAt: instant(p.nextOneOnOne.scheduledAt),
      actionItems: p.nextOneOnOne.actionItems.map((a) => ({
        id: a.id,
        text: a.text,
        done: a.done,
      })),
    },
    delegations: p.delegations.map((d) => ({
      id: d.id,
      activityName: d.activityName,
      stage: d.stage,
      delegatee: { name: d.delegatee.name },
      checkIns: d.checkIns.map((c) => ({ confidence: c.confidence, at: instant(c.at) })),
    })),
    antiPatterns: p.antiPatterns.map(antiPattern),
  }));
}

export function fromPostGraphile(body: unknown): HomeRow[] {
  return plansOf<PostGraphilePlan>(body, 'PostGraphile').map((p) => ({
    id: p.rowId,
    status: p.status,
    targetArchetype: p.targetArchetype,
    owner: {
      id: p.personByOwnerId.rowId,
      name: p.personByOwnerId.name,
      title: p.personByOwnerId.title,
    },
    readinessStage: p.readinessStage,
    currentByMode: p.currentByMode.map(modeHours),
    projectedByMode: p.projectedByMode.map(modeHours),
    nextOneOnOne: p.nextOneOnOne && {
      id: p.nextOneOnOne.rowId,
      scheduledAt: instant(p.nextOneOnOne.scheduledAt),
      actionItems: p.nextOneOnOne.actionItemsByOneOnOneId.nodes.map((a) => ({
        id: a.rowId,
        text: a.text,
        done: a.done,
      })),
    },
    delegations: p.delegationsByPlanId.nodes.map((d) => ({
      id: d.rowId,
      activityName: d.activityName,
      stage: d.stage,
      delegatee: { name: d.personByDelegateeId.name },
      checkIns: d.checkInsByDelegationId.nodes.map((c) => ({
        confidence: c.confidence,
        at: instant(c.at),
      })),
    })),
    antiPatterns: p.antiPatterns.map(antiPattern),
  }));
}

/**
 * Ordering normalised: every list sorted by a canonical key, so two answers that hold the same
 * data compare equal even if an order differs (whether the orders also match is reported apart).
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map(canonical)
      .map((v) => [JSON.stringify(v), v] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, v]) => v);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The first place where two values differ, as a path and both sides; null when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
