import { Foundation1764163200000 } from './1764163200000-Foundation';
import { GrowthPlan1764180000000 } from './1764180000000-GrowthPlan';
import { Delegations1764190000000 } from './1764190000000-Delegations';
import { OneOnOnes1764200000000 } from './1764200000000-OneOnOnes';
import { Reflections1764210000000 } from './1764210000000-Reflections';
import { HomeIndexes1764220000000 } from './1764220000000-HomeIndexes';
import { OneOnOneEventLog1764230000000 } from './1764230000000-OneOnOneEventLog';
import { ReachingPeople1764240000000 } from './1764240000000-ReachingPeople';

/** Every migration, oldest first. A new migration is added here when it is committed. */
export const migrations = [
  Foundation1764163200000,
  GrowthPlan1764180000000,
  Delegations1764190000000,
  OneOnOnes1764200000000,
  Reflections1764210000000,
  HomeIndexes1764220000000,
  OneOnOneEventLog1764230000000,
  ReachingPeople1764240000000,
];
