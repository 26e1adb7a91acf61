import 'reflect-metadata';
import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { ALL, declaredReads, objectTypeName, type RowKind } from '../core/reads';
import { GrowthPlan } from '../plans/plan.entity';
import { GOAL_SHIFT } from '../plans/plan.resolver';
import { columnsRead, deriveReadPath, KINDS, readsAny, type ListKind } from '../read-models/homes/reads';
// Every resolver the schema is built from: their field resolvers are the ones checked.
import { resolvers } from './schema';

/**
 * The homes' read path is derived from what each field resolver declares it reads (`@Reads`,
 * core/reads.ts). A field resolver on a type the preload serves that declares nothing would
 * silently read rows the statement did not send; this fails first.
 */

const kinds = Object.keys(KINDS) as ListKind[];
const served = new Set([objectTypeName(GrowthPlan)!, ...kinds.map((kind) => objectTypeName(KINDS[kind].spec.entity))]);

/** The properties TypeORM maps to columns on `entity` and the classes it extends. */
function columnsOf(entity: unknown): Set<string> {
  const columns = getMetadataArgsStorage().columns.filter(
    (c) =>
      typeof c.target === 'function' &&
      typeof entity === 'function' &&
      (c.target === entity || (entity.prototype as object) instanceof c.target),
  );
  return new Set(columns.map((c) => c.propertyName));
}

describe('what the field resolvers read (@Reads)', () => {
  it('the schema has its resolvers loaded', () => {
    expect(resolvers.length).toBeGreaterThan(10);
    expect(served).toEqual(
      new Set([
        'GrowthPlan',
        'ChangeGoal',
        'Activity',
        'Gap',
        'Delegation',
        'CheckIn',
        'HelpRequest',
        'OneOnOne',
        'AgendaItem',
        'ActionItem',
        'Reflection',
        undefined, // the signal ratings are no GraphQL type
      ]),
    );
  });

  it('every field resolver on a type the homes preload serves declares what it reads', () => {
    const { reads, undeclared } = declaredReads();
    expect(undeclared.filter((key) => served.has(key.split('.')[0]))).toEqual([]);
    const growthPlan = [...reads.keys()].filter((key) => key.startsWith('GrowthPlan.')).sort();
    expect(growthPlan).toEqual(
      [
        'antiPatterns',
        'createdAt',
        'delegations',
        'gaps',
        'goals',
        'helpRequests',
        'manager',
        'nextOneOnOne',
        'oneOnOnes',
        'owner',
        'promotionCase',
        'readiness',
        'reflections',
        'shiftedThisQuarter',
        'signals',
        'trend',
        'week',
      ].map((field) => `GrowthPlan.${field}`),
    );
  });

  it('every column declared is a column of the rows of that kind', () => {
    const entities: Record<RowKind, unknown> = {
      plan: GrowthPlan,
      ...Object.fromEntries(kinds.map((kind) => [kind, KINDS[kind].spec.entity])),
    } as Record<RowKind, unknown>;
    const unknown: string[] = [];
    for (const [key, reads] of declaredReads().reads) {
      for (const [kind, columns] of Object.entries(reads) as [RowKind, readonly string[] | typeof ALL][]) {
        const entity = entities[kind];
        if (!entity) unknown.push(`${key}: kind ${kind}`);
        if (columns === ALL) continue;
        const known = columnsOf(entity);
        for (const column of columns) if (!known.has(column)) unknown.push(`${key}: ${kind}.${column}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});

describe('the homes read path derived from the declarations', () => {
  const path = deriveReadPath();
  const reads = declaredReads().reads;

  it('reads the same parts of a plan for each field as it did by hand', () => {
    const parts = Object.fromEntries([...path.partsByField].filter(([, p]) => p.length > 0));
    expect(parts).toEqual({
      signals: ['signals'],
      readiness: ['signals'],
      gaps: ['gaps'],
      week: ['activities', 'goals'],
      goals: ['gaps', 'activities', 'goals'],
      delegations: ['delegations'],
      nextOneOnOne: ['nextOneOnOne'],
      antiPatterns: ['goals', 'recentRequests', 'reflections'],
      reflections: ['gaps', 'reflections'],
      trend: ['gaps', 'activities', 'delegations', 'reflections'],
      shiftedThisQuarter: ['gaps', 'activities', 'delegations', 'reflections'],
      promotionCase: ['signals', 'gaps', 'activities', 'goals', 'delegations', 'reflections'],
    });
    expect(Object.fromEntries(path.planColumnsByField)).toEqual({ owner: ['ownerId'], manager: ['managerId'] });
  });

  it('states what a few fields read', () => {
    expect(reads.get('GrowthPlan.week')).toEqual({
      activity: ['name', 'hoursPerWeek', 'mode', 'leverage'],
      goal: GOAL_SHIFT,
    });
    expect(GOAL_SHIFT).toEqual([
      'status',
      'stopHours',
      'stopActivityId',
      'stopFreedHours',
      'startActivityId',
      'startActivityName',
      'startMode',
      'startLeverage',
      'startHours',
    ]);
    expect(reads.get('GrowthPlan.readiness')).toEqual({ signal: ['signal', 'side', 'rating'] });
    expect(reads.get('GrowthPlan.signals')).toEqual({ signal: ALL });
    expect(reads.get('ChangeGoal.start')).toEqual({
      goal: ['startActivityId', 'startActivityName', 'startMode', 'startLeverage', 'startHours'],
      activity: ['name', 'mode', 'leverage'],
    });
    expect(reads.get('GrowthPlan.helpRequests')).toEqual({});
    // It picks the delegation that is not RECLAIMED: the stage is read too.
    expect(reads.get('ChangeGoal.delegation')).toEqual({ delegation: ['goalId', 'stage'] });
  });

  it('derives the readers of each kind of row as the tables held them', () => {
    const readers = (kind: ListKind) => Object.fromEntries(path.reads[kind].readers);
    expect(readers('signal')).toEqual({
      'GrowthPlan.readiness': ['signal', 'side', 'rating'],
      'GrowthPlan.signals': ALL,
      'GrowthPlan.promotionCase': ALL,
    });
    expect(readers('checkIn')).toEqual({
      'Delegation.checkIns': [],
      'Delegation.atRisk': ['at', 'confidence'],
      'Delegation.nextCheckInDue': ['at'],
      'Delegation.coachingHoursTotal': ['coachingHours'],
      'Delegation.leverageRatio': ['coachingHours'],
      'CheckIn.author': ['authorId'],
      'GrowthPlan.trend': ALL,
      'GrowthPlan.shiftedThisQuarter': ALL,
      'GrowthPlan.promotionCase': ALL,
    });
    expect(readers('helpRequest')).toEqual({
      'HelpRequest.requester': ['requesterId'],
      'HelpRequest.recommendation': ALL,
      'GrowthPlan.antiPatterns': ['receivedAt', 'hoursSpent'],
    });
    expect(path.reads.goal.always).toEqual(['id']);
    expect(path.reads.checkIn.always).toEqual([]);
    expect(path.reads.delegation.type).toBe('Delegation');
    expect(path.reads.signal.type).toBeUndefined();
  });

  it('sends the columns an operation reads', () => {
    const sent = (kind: ListKind, columns: string[], ...operation: string[]) => {
      const read = columnsRead({ columns }, new Set(operation), path.reads[kind], path.declared);
      return read === ALL ? ALL : [...read].sort();
    };
    const delegation = ['stage', 'createdAt', 'delegateeId', 'delegatorId', 'goalId', 'hoursPerWeek', 'note'];
    expect(sent('delegation', delegation, 'GrowthPlan.delegations', 'Delegation.atRisk')).toEqual([
      'createdAt',
      'id',
      'stage',
    ]);
    expect(sent('delegation', delegation, 'Delegation.delegatee', 'Delegation.hoursPerWeek')).toEqual([
      'delegateeId',
      'hoursPerWeek',
      'id',
    ]);
    expect(sent('delegation', delegation, 'Delegation.atRisk', 'GrowthPlan.trend')).toBe(ALL);
    // A field of the rows' type that is neither declared nor a column reads them whole.
    expect(sent('delegation', delegation, 'Delegation.somethingComputed')).toBe(ALL);
    expect(sent('checkIn', ['at', 'confidence', 'note'], 'Delegation.atRisk', 'CheckIn.__typename')).toEqual([
      'at',
      'confidence',
    ]);
    expect(sent('goal', ['title', ...GOAL_SHIFT], 'GrowthPlan.week')).toEqual(['id', ...GOAL_SHIFT].sort());
    expect(readsAny(new Set(['GrowthPlan.delegations', 'Delegation.stage']), path.reads.checkIn)).toBe(false);
    expect(readsAny(new Set(['Delegation.atRisk']), path.reads.checkIn)).toBe(true);
  });
});
