import { enumOfKeys, type ValueOf } from '../enumeration';

/** The fixed catalogues of levers (how work changes) and archetypes (what kind of Lead), §2.4. */
const LEVER_CATALOG = {
  BUILD_TOOLS_AND_ASSETS: {
    title: 'Build tools and assets',
    explanation:
      "Turn what you keep doing by hand into something the team reuses: a feature library, an evaluation harness, a dataset-validation check, a project template. Your hours then show up in everyone else's work.",
  },
  SHARE_KNOWLEDGE: {
    title: 'Share knowledge',
    explanation:
      'Teach what only you know: a walkthrough of how the churn model is really trained, a write-up of the leakage traps in our event data, pairing on a tricky causal analysis. Aim for lessons people reuse for months.',
  },
  PUSH_IMPROVEMENTS_WIDELY: {
    title: 'Push improvements widely',
    explanation:
      'Take a fix that worked in one project (better cross-validation, a monitoring alert, a cleaner labelling process) and make it the default across teams, instead of re-solving it project by project.',
  },
  INVEST_TO_MULTIPLY: {
    title: 'Invest to multiply',
    explanation:
      'Spend x hours so that someone else delivers y > x hours of better work: coach a junior through their first production model, review their experiment design early, then step back.',
  },
  OWN_END_TO_END: {
    title: 'Own it end to end',
    explanation:
      'Be accountable for an outcome, not a task: from the business question through data, model, deployment and the decision it changes, including the parts that are not modelling.',
  },
  LEAD_TECHNICAL_DECISIONS: {
    title: 'Lead technical decisions',
    explanation:
      'Drive the choices the team lives with: which features to build next, batch or online scoring, which experimentation method to standardise on. Write the trade-offs down and get to a decision.',
  },
  OWN_SYSTEM_STATE: {
    title: "Own a system's state",
    explanation:
      'Know at any moment how a critical system is doing (a feature store, the training pipelines, model monitoring), what is degrading, and what should be fixed next, and make sure it gets fixed.',
  },
  EXTEND_TIME_HORIZON: {
    title: 'Extend the time horizon',
    explanation:
      'Plan a year ahead: how data volume and latency needs will grow, which data should start accumulating now, which experiments must run before a decision can be made.',
  },
  DEVELOP_OTHERS_WITH_MANAGERS: {
    title: 'Develop others with their managers',
    explanation:
      'Work with managers on how people grow: name the next step for a junior, shape stretch assignments, give the specific technical feedback a manager cannot give alone.',
  },
  REPRESENT_EXPERTISE: {
    title: 'Represent the expertise',
    explanation:
      'Be the voice of data science in rooms where decisions are made: expose trade-offs (accuracy against latency, speed against rigour) in terms the business can weigh, not only the standards.',
  },
};
export const Lever = enumOfKeys(LEVER_CATALOG);
export type Lever = ValueOf<typeof Lever>;

const ARCHETYPE_CATALOG = {
  TECH_LEAD: {
    title: 'Tech Lead',
    explanation:
      'Guides one team through the problems it is used to: shapes the roadmap with the manager, sets technical direction, unblocks people and keeps the quality bar on models and analyses.',
  },
  SOLVER: {
    title: 'Solver',
    explanation:
      'Moves from one high-risk problem to the next (a model that will not converge, a metric nobody trusts, a first recommendation system) and is strongest on first versions, then hands them over.',
  },
  ARCHITECT: {
    title: 'Architect',
    explanation:
      'Sets direction for the shared critical parts that many teams depend on: the feature store, deployment and serving, monitoring, the experimentation platform.',
  },
  RIGHT_HAND: {
    title: 'Right Hand',
    explanation:
      "Borrows a senior leader's authority to fix organisational problems, such as data governance, model risk review or how analytics requests are prioritised across departments.",
  },
};
export const Archetype = enumOfKeys(ARCHETYPE_CATALOG);
export type Archetype = ValueOf<typeof Archetype>;

export interface LeverInfo {
  lever: Lever;
  title: string;
  explanation: string;
}

export interface ArchetypeInfo {
  archetype: Archetype;
  title: string;
  explanation: string;
}

export function leverInfo(lever: Lever): LeverInfo {
  return { lever, ...LEVER_CATALOG[lever] };
}

export function archetypeInfo(archetype: Archetype): ArchetypeInfo {
  return { archetype, ...ARCHETYPE_CATALOG[archetype] };
}

export const LEVERS: readonly LeverInfo[] = Object.values(Lever).map(leverInfo);

export const ARCHETYPES: readonly ArchetypeInfo[] = Object.values(Archetype).map(archetypeInfo);
