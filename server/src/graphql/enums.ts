import {
  AntiPattern,
  Archetype,
  GapKind,
  GapStatus,
  GoalStatus,
  Level,
  Lever,
  Leverage,
  Mode,
  PlanStatus,
  ReadinessStage,
  Role,
  SignalKey,
  SignalKind,
  SignalRating,
  Track,
} from '@fulcrum/shared';
import { registerEnumType } from 'type-graphql';

// Registered in the contract's order; enum values keep their declaration order in the schema.
const enums = {
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
  AntiPattern,
};
for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });
