/** The fixed catalogues of levers (how work changes) and archetypes (what kind of Lead), §2.4. */
export enum Lever {
  BUILD_TOOLS_AND_ASSETS = 'BUILD_TOOLS_AND_ASSETS',
  SHARE_KNOWLEDGE = 'SHARE_KNOWLEDGE',
  PUSH_IMPROVEMENTS_WIDELY = 'PUSH_IMPROVEMENTS_WIDELY',
  INVEST_TO_MULTIPLY = 'INVEST_TO_MULTIPLY',
  OWN_END_TO_END = 'OWN_END_TO_END',
  LEAD_TECHNICAL_DECISIONS = 'LEAD_TECHNICAL_DECISIONS',
  OWN_SYSTEM_STATE = 'OWN_SYSTEM_STATE',
  EXTEND_TIME_HORIZON = 'EXTEND_TIME_HORIZON',
  DEVELOP_OTHERS_WITH_MANAGERS = 'DEVELOP_OTHERS_WITH_MANAGERS',
  REPRESENT_EXPERTISE = 'REPRESENT_EXPERTISE',
}

export enum Archetype {
  TECH_LEAD = 'TECH_LEAD',
  SOLVER = 'SOLVER',
  ARCHITECT = 'ARCHITECT',
  RIGHT_HAND = 'RIGHT_HAND',
}

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

export const LEVERS: readonly LeverInfo[] = [
  {
    lever: Lever.BUILD_TOOLS_AND_ASSETS,
    title: 'Build tools and assets',
    explanation:
      "Turn what you keep doing by hand into something the team reuses: a feature library, an evaluation harness, a dataset-validation check, a project template. Your hours then show up in everyone else's work.",
  },
  {
    lever: Lever.SHARE_KNOWLEDGE,
    title: 'Share knowledge',
    explanation:
      'Teach what only you know: a walkthrough of how the churn model is really trained, a write-up of the leakage traps in our event data, pairing on a tricky causal analysis. Aim for lessons people reuse for months.',
  },
  {
    lever: Lever.PUSH_IMPROVEMENTS_WIDELY,
    title: 'Push improvements widely',
    explanation:
      'Take a fix that worked in one project (better cross-validation, a monitoring alert, a cleaner labelling process) and make it the default across teams, instead of re-solving it project by project.',
  },
  {
    lever: Lever.INVEST_TO_MULTIPLY,
    title: 'Invest to multiply',
    explanation:
      'Spend x hours so that someone else delivers y > x hours of better work: coach a junior through their first production model, review their experiment design early, then step back.',
  },
  {
    lever: Lever.OWN_END_TO_END,
    title: 'Own it end to end',
    explanation:
      'Be accountable for an outcome, not a task: from the business question through data, model, deployment and the decision it changes, including the parts that are not modelling.',
  },
  {
    lever: Lever.LEAD_TECHNICAL_DECISIONS,
    title: 'Lead technical decisions',
    explanation:
      'Drive the choices the team lives with: which features to build next, batch or online scoring, which experimentation method to standardise on. Write the trade-offs down and get to a decision.',
  },
  {
    lever: Lever.OWN_SYSTEM_STATE,
    title: "Own a system's state",
    explanation:
      'Know at any moment how a critical system is doing (a feature store, the training pipelines, model monitoring), what is degrading, and what should be fixed next, and make sure it gets fixed.',
  },
  {
    lever: Lever.EXTEND_TIME_HORIZON,
    title: 'Extend the time horizon',
    explanation:
      'Plan a year ahead: how data volume and latency needs will grow, which data should start accumulating now, which experiments must run before a decision can be made.',
  },
  {
    lever: Lever.DEVELOP_OTHERS_WITH_MANAGERS,
    title: 'Develop others with their managers',
    explanation:
      'Work with managers on how people grow: name the next step for a junior, shape stretch assignments, give the specific technical feedback a manager cannot give alone.',
  },
  {
    lever: Lever.REPRESENT_EXPERTISE,
    title: 'Represent the expertise',
    explanation:
      'Be the voice of data science in rooms where decisions are made: expose trade-offs (accuracy against latency, speed against rigour) in terms the business can weigh, not only the standards.',
  },
];

export const ARCHETYPES: readonly ArchetypeInfo[] = [
  {
    archetype: Archetype.TECH_LEAD,
    title: 'Tech Lead',
    explanation:
      'Guides one team through the problems it is used to: shapes the roadmap with the manager, sets technical direction, unblocks people and keeps the quality bar on models and analyses.',
  },
  {
    archetype: Archetype.SOLVER,
    title: 'Solver',
    explanation:
      'Moves from one high-risk problem to the next (a model that will not converge, a metric nobody trusts, a first recommendation system) and is strongest on first versions, then hands them over.',
  },
  {
    archetype: Archetype.ARCHITECT,
    title: 'Architect',
    explanation:
      'Sets direction for the shared critical parts that many teams depend on: the feature store, deployment and serving, monitoring, the experimentation platform.',
  },
  {
    archetype: Archetype.RIGHT_HAND,
    title: 'Right Hand',
    explanation:
      "Borrows a senior leader's authority to fix organisational problems, such as data governance, model risk review or how analytics requests are prioritised across departments.",
  },
];

export function leverInfo(lever: Lever): LeverInfo {
  const info = LEVERS.find((l) => l.lever === lever);
  if (!info) throw new Error(`No catalog entry for lever ${lever}`);
  return info;
}

export function archetypeInfo(archetype: Archetype): ArchetypeInfo {
  const info = ARCHETYPES.find((a) => a.archetype === archetype);
  if (!info) throw new Error(`No catalog entry for archetype ${archetype}`);
  return info;
}
