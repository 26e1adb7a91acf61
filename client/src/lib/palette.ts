import type { MantineColor } from '@mantine/core';
import {
  DECISION_LABELS,
  LEVEL_LABELS,
  STAGE_LABELS,
  type DelegationStage,
  type GoalStatus,
  type HelpDecision,
  type Level,
  type LinkKind,
  type PlanStatus,
  type ReadinessStage,
  type ReflectionStatus,
} from '@fulcrum/shared';

/** The enums the client shows as a coloured label, by the name the palette knows them by. */
export interface Tinted {
  level: Level;
  stage: DelegationStage;
  readiness: ReadinessStage;
  decision: HelpDecision;
  reflectionStatus: ReflectionStatus;
  goalStatus: GoalStatus;
  planStatus: PlanStatus;
}

type Table<Value extends string, Cell> = Readonly<Record<Value, Cell>>;

/** One table a tinted enum, each mapping the enum's values to a cell. */
export type Tables<Cell> = { [Enum in keyof Tinted]: Table<Tinted[Enum], Cell> };

/** The Mantine colour of every value, one row an enum: the badges, tracks and columns that show them. */
export const COLORS: Tables<MantineColor> = {
  level: { JUNIOR: 'teal', MID: 'cyan', SENIOR: 'blue', LEAD: 'indigo', STAFF: 'violet', PRINCIPAL: 'grape' },
  stage: { PLANNED: 'gray', SHADOWING: 'cyan', PAIRING: 'blue', REVIEWING: 'indigo', OWNED: 'teal', RECLAIMED: 'dark' },
  readiness: { FOCUS_ON_SENIOR_SCOPE: 'orange', BUILDING_SIGNALS: 'blue', READY_FOR_CHANGE: 'teal' },
  decision: { HELP: 'blue', TEACH: 'teal', REDIRECT: 'orange' },
  reflectionStatus: { DRAFT: 'gray', SHARED: 'blue', SIGNED_OFF: 'teal' },
  goalStatus: { PROPOSED: 'gray', ACTIVE: 'blue', DONE: 'teal', DROPPED: 'dark' },
  planStatus: { DRAFT: 'gray', ACTIVE: 'green', ARCHIVED: 'dark' },
};

/** The words for every value: @fulcrum/shared's where it has them, the client's own for the rest. */
export const LABELS: Tables<string> & { linkKind: Table<LinkKind, string> } = {
  level: LEVEL_LABELS,
  stage: STAGE_LABELS,
  readiness: {
    FOCUS_ON_SENIOR_SCOPE: 'Keep growing as a Senior',
    BUILDING_SIGNALS: 'Building signals',
    READY_FOR_CHANGE: 'Ready for change',
  },
  decision: DECISION_LABELS,
  reflectionStatus: { DRAFT: 'Draft', SHARED: 'Shared', SIGNED_OFF: 'Signed off' },
  goalStatus: { PROPOSED: 'Proposed', ACTIVE: 'Active', DONE: 'Done', DROPPED: 'Dropped' },
  planStatus: { DRAFT: 'Draft', ACTIVE: 'Active', ARCHIVED: 'Archived' },
  linkKind: { SIGNAL: 'Signal', GAP: 'Gap', GOAL: 'Goal', DELEGATION: 'Delegation' },
};
