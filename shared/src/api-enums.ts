import { Role } from './accounts';
import { NotificationKind } from './notifications';
import { Level, Track } from './people';
import { AntiPattern } from './plan/anti-patterns';
import { Archetype, Lever } from './plan/catalog';
import { DelegationStage, Side } from './plan/delegation';
import { GoalStatus } from './plan/goals';
import { GuidanceHorizon, HelpDecision } from './plan/help-requests';
import { LinkKind, OneOnOneChange, OneOnOneStatus } from './plan/one-on-ones';
import { GapKind, GapStatus, PlanStatus } from './plan/plan';
import { ReflectionStatus } from './plan/reflection';
import { ReadinessStage, SignalKey, SignalKind, SignalRating } from './plan/signals';
import { Leverage, Mode } from './plan/week';

/**
 * Every enumeration of the GraphQL API by its name there, in the order the API contract lists
 * them: the server registers them from here, so the schema speaks the same values as the rules.
 */
export const API_ENUMS = {
  Role,
  Level,
  Track,
  PlanStatus,
  Archetype,
  SignalKey,
  SignalKind,
  SignalRating,
  ReadinessStage,
  GapKind,
  GapStatus,
  Mode,
  Leverage,
  Lever,
  GoalStatus,
  DelegationStage,
  Side,
  GuidanceHorizon,
  HelpDecision,
  AntiPattern,
  OneOnOneStatus,
  LinkKind,
  OneOnOneChange,
  ReflectionStatus,
  NotificationKind,
};
