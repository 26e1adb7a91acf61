import { addQuarters, type QuarterPoint, quarterOf } from '@fulcrum/shared';
import { type EntityManager } from 'typeorm';
import { GrowthPlan } from '../../plans/plan.entity';
import { addHelpRequests, addSignedOffReflection, redirectTo, TRIAGE } from './helpers';

/** The people of Sam's plan. */
export interface DemoIds {
  sam: string;
  maya: string;
  priya: string;
  leo: string;
}

/** Two signed-off quarters before this one, showing the phase change under way. */
export async function seedPastReflections(em: EntityManager, plan: GrowthPlan): Promise<void> {
  const current = quarterOf(new Date());
  const past: [string, Omit<QuarterPoint, 'quarter'>, string, string][] = [
    [
      addQuarters(current, -2),
      {
        doingHours: 39,
        multiplyingHours: 1,
        highLeverageHours: 6,
        neutralHours: 18,
        overheadHours: 16,
        gapsClosed: 0,
        delegationsOwned: 0,
        leverageRatio: null,
      },
      'Almost all my week is hands-on modelling and requests. I want to find out what a Lead week looks like.',
      'Sam is the strongest modeller on the team; the work does not scale past Sam yet.',
    ],
    [
      addQuarters(current, -1),
      {
        doingHours: 37,
        multiplyingHours: 3,
        highLeverageHours: 8,
        neutralHours: 16,
        overheadHours: 16,
        gapsClosed: 1,
        delegationsOwned: 1,
        leverageRatio: 2.1,
      },
      'Handed the retention report to Leo; reviews take real time now and are worth it.',
      'First delegation owned end to end. Next: stop being the person every request goes to.',
    ],
  ];
  for (const [quarter, point, selfText, managerText] of past) {
    await addSignedOffReflection(
      em,
      plan,
      quarter,
      point,
      { self: selfText, manager: managerText },
      {
        gapsOpened: 1,
        delegationsByStage: { OWNED: point.delegationsOwned },
      },
    );
  }
}

/** A handful of triaged requests from the last four weeks. */
export async function seedHelpRequests(em: EntityManager, plan: GrowthPlan, ids: DemoIds): Promise<void> {
  await addHelpRequests(em, plan, [
    [ids.priya, 'Priya Natarajan', 'How to choose a holdout size for the pricing test', TRIAGE.teachForMonths, 1.5, 3],
    [
      null,
      'Finance team',
      'Why the revenue dashboard differs from the ledger',
      redirectTo('BI team (data platform on-call)'),
      0.25,
      6,
    ],
    [null, 'Pricing PM', 'Which elasticity estimate to use for the Q1 offer', TRIAGE.help, 2, 9],
    [ids.leo, 'Leo Martins', 'Debugging a feature that leaks the label', TRIAGE.teachForWeeks, 1, 15],
    [
      null,
      'Marketing analytics',
      "Re-running last year's campaign attribution",
      redirectTo('Marketing analytics runbook'),
      0,
      20,
    ],
  ]);
}
