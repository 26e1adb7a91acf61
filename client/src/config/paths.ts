/**
 * Every route of the client in one place. Features link with these builders instead of
 * writing URLs, so a route can move without a search through the code.
 */
export const paths = {
  home: { pattern: '/', to: () => '/' },
  people: { pattern: '/people', to: () => '/people' },
  person: {
    pattern: '/people/:personId',
    to: (personId: string) => `/people/${encodeURIComponent(personId)}`,
  },
  plan: {
    pattern: '/plans/:planId',
    /** The tab, relative to `pattern`; Current state has no segment of its own. */
    tabPattern: ':tab',
    to: (planId: string, tab: PlanTab = 'current') =>
      `/plans/${encodeURIComponent(planId)}${tab === 'current' ? '' : `/${tab}`}`,
  },
  /** The viewer's own record, to download. */
  record: { pattern: '/record', to: () => '/record' },
  signIn: {
    pattern: '/signin',
    /** `next` is where to return after signing in (a path inside the app). */
    to: (next?: string | null) => (next && next !== '/' ? `/signin?next=${encodeURIComponent(next)}` : '/signin'),
  },
  signUp: { pattern: '/signup', to: () => '/signup' },
  /** 1:1 mode: agenda, shared notes, private note and action items, beside the plan. */
  oneOnOne: {
    pattern: '/one-on-ones/:oneOnOneId',
    to: (oneOnOneId: string) => `/one-on-ones/${encodeURIComponent(oneOnOneId)}`,
  },
  invitation: {
    pattern: '/invitation/:token',
    to: (token: string) => `/invitation/${encodeURIComponent(token)}`,
  },
} as const;

/** The tabs of the plan screen, in the order they are shown. */
export const PLAN_TABS = [
  'current',
  'gaps',
  'week',
  'goals',
  'delegations',
  'requests',
  'reflections',
  'one-on-ones',
] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

export function isPlanTab(value: string | undefined): value is PlanTab {
  return PLAN_TABS.includes(value as PlanTab);
}

/** Paths anyone may open without a session. */
export const PUBLIC_PATTERNS = ['/signin', '/signup', '/invitation/'] as const;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATTERNS.some((prefix) => (prefix.endsWith('/') ? pathname.startsWith(prefix) : pathname === prefix));
}

/**
 * Only same-app paths are accepted as a place to return to, so a crafted link cannot send
 * a user to another site after they sign in.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return paths.home.to();
  }
  return isPublicPath(next.split('?')[0] ?? next) ? paths.home.to() : next;
}
