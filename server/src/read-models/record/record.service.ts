import { RatingSide } from '@fulcrum/shared';
import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { requireActor } from '../../core/actor';
import { CheckIn } from '../../delegations/check-in.entity';
import { Delegation } from '../../delegations/delegation.entity';
import { HelpRequest } from '../../delegations/help-request.entity';
import { ActionItem, AgendaItem, OneOnOne, PrivateNote } from '../../one-on-ones/one-on-one.entity';
import { Person } from '../../identity/people/person.entity';
import { Activity } from '../../plans/activity.entity';
import { Gap } from '../../plans/gap.entity';
import { ChangeGoal } from '../../plans/goal.entity';
import { GrowthPlan } from '../../plans/plan.entity';
import { SignalRatingRow } from '../../plans/signal-rating.entity';
import { Reflection } from '../../reflections/reflection.entity';

/**
 * The viewer's whole record (§4b): their own plans with everything in them, the shared part of
 * their 1:1s, the delegations handed to them, and the private notes they wrote themselves.
 * Nobody else's private note is ever read here: the only private-note query filters by author.
 */
export interface ExportedRecord {
  exportedAt: string;
  person: {
    name: string;
    email: string | null;
    title: string | null;
    level: string;
    track: string;
    specialty: string | null;
    manager: string | null;
  };
  plans: ExportedPlan[];
  delegatedToMe: ExportedDelegation[];
  myPrivateNotes: { oneOnOneAt: string; planOwner: string; text: string }[];
}

export interface ExportedDelegation {
  activityName: string;
  delegator: string;
  delegatee: string;
  hoursPerWeek: number;
  learningObjective: string;
  stage: string;
  handedOverAt: string | null;
  checkIns: {
    at: string;
    side: string;
    author: string;
    confidence: number;
    coachingHours: number;
    note: string | null;
  }[];
}

export interface ExportedPlan {
  status: string;
  manager: string;
  currentLevel: string;
  targetLevel: string;
  targetArchetype: string | null;
  weeklyHours: number;
  createdAt: string;
  signals: { signal: string; side: string; rating: string; evidence: string | null }[];
  gaps: {
    kind: string;
    title: string;
    description: string | null;
    status: string;
    openedQuarter: string;
    closedQuarter: string | null;
    evidence: string | null;
  }[];
  week: { name: string; hoursPerWeek: number; mode: string; leverage: string }[];
  goals: {
    title: string;
    lever: string;
    status: string;
    stop: string | null;
    start: string;
    successMeasure: string | null;
    targetQuarter: string | null;
  }[];
  delegations: ExportedDelegation[];
  helpRequests: {
    receivedAt: string;
    requester: string;
    topic: string;
    decision: string | null;
    redirectedTo: string | null;
    hoursSpent: number;
  }[];
  oneOnOnes: {
    scheduledAt: string;
    status: string;
    agenda: { text: string; discussed: boolean }[];
    sharedNotes: string;
    actionItems: { text: string; owner: string; dueOn: string | null; done: boolean }[];
  }[];
  reflections: {
    quarter: string;
    status: string;
    selfText: string | null;
    managerText: string | null;
    selfReportedAntiPatterns: string[];
    snapshot: unknown;
  }[];
  promotionNarrative: string;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** `In(ids)` that never sends an empty list to the database. */
function among(ids: string[]) {
  return In(ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
}

export async function exportRecord(ctx: Context): Promise<ExportedRecord> {
  const viewer = requireActor(ctx);
  const em = ctx.app.db.manager;
  const org = { organizationId: viewer.organizationId };
  const people = await em.find(Person, { where: org });
  const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? 'someone') : 'someone');
  const me = people.find((p) => p.id === viewer.personId);
  if (!me) throw new Error(`the signed-in person ${viewer.personId} is missing from their organization`);

  const rows = await loadRecordRows(em, org, me.id);
  const { checkIns, delegatedToMe, myNotes, noteOneOnOnes, notePlans } = rows;

  const exportDelegation = (d: Delegation): ExportedDelegation => ({
    activityName: d.activityName,
    delegator: nameOf(d.delegatorId),
    delegatee: nameOf(d.delegateeId),
    hoursPerWeek: d.hoursPerWeek,
    learningObjective: d.learningObjective,
    stage: d.stage,
    handedOverAt: iso(d.handedOverAt),
    checkIns: checkIns
      .filter((c) => c.delegationId === d.id)
      .map((c) => ({
        at: c.at.toISOString(),
        side: c.side,
        author: nameOf(c.authorId),
        confidence: c.confidence,
        coachingHours: c.coachingHours,
        note: c.note,
      })),
  });

  return {
    exportedAt: new Date().toISOString(),
    person: {
      name: me.name,
      email: me.email,
      title: me.title,
      level: me.level,
      track: me.track,
      specialty: me.specialty,
      manager: me.managerId ? nameOf(me.managerId) : null,
    },
    plans: rows.plans.map((plan) => exportPlan(rows, plan, nameOf, exportDelegation)),
    delegatedToMe: delegatedToMe.map(exportDelegation),
    myPrivateNotes: myNotes.map((n) => {
      const oneOnOne = noteOneOnOnes.find((o) => o.id === n.oneOnOneId);
      if (!oneOnOne) throw new Error(`the 1:1 ${n.oneOnOneId} of a private note was not read`);
      const plan = notePlans.find((p) => p.id === oneOnOne.planId);
      return {
        oneOnOneAt: oneOnOne.scheduledAt.toISOString(),
        planOwner: nameOf(plan?.ownerId ?? null),
        text: n.text,
      };
    }),
  };
}

/** Every row of the record, read in the same statements as always: the plans, then their rows side by side. */
async function loadRecordRows(em: EntityManager, org: { organizationId: string }, meId: string) {
  const plans = await em.find(GrowthPlan, {
    where: { ...org, ownerId: meId },
    order: { createdAt: 'ASC' },
  });
  const planIds = plans.map((p) => p.id);
  const byPlan = { where: { ...org, planId: among(planIds) } };
  const [signals, gaps, activities, goals, delegations, requests, oneOnOnes, reflections, delegatedToMe] =
    await Promise.all([
      em.find(SignalRatingRow, byPlan),
      em.find(Gap, { ...byPlan, order: { createdAt: 'ASC' } }),
      em.find(Activity, { ...byPlan, order: { createdAt: 'ASC' } }),
      em.find(ChangeGoal, { ...byPlan, order: { createdAt: 'ASC' } }),
      em.find(Delegation, { ...byPlan, order: { createdAt: 'ASC' } }),
      em.find(HelpRequest, { ...byPlan, order: { receivedAt: 'DESC' } }),
      em.find(OneOnOne, { ...byPlan, order: { scheduledAt: 'ASC' } }),
      em.find(Reflection, { ...byPlan, order: { quarter: 'ASC' } }),
      em.find(Delegation, { where: { ...org, delegateeId: meId }, order: { createdAt: 'ASC' } }),
    ]);
  const allDelegations = [...delegations, ...delegatedToMe];
  const oneOnOneIds = oneOnOnes.map((o) => o.id);
  const [checkIns, agenda, actionItems, myNotes] = await Promise.all([
    em.find(CheckIn, {
      where: { ...org, delegationId: among(allDelegations.map((d) => d.id)) },
      order: { at: 'ASC' },
    }),
    em.find(AgendaItem, {
      where: { ...org, oneOnOneId: among(oneOnOneIds) },
      order: { position: 'ASC' },
    }),
    em.find(ActionItem, {
      where: { ...org, oneOnOneId: among(oneOnOneIds) },
      order: { createdAt: 'ASC' },
    }),
    // The viewer's own notes only, on any 1:1 they took part in.
    em.find(PrivateNote, { where: { ...org, authorId: meId } }),
  ]);
  const noteOneOnOnes = await em.find(OneOnOne, {
    where: { ...org, id: among(myNotes.map((n) => n.oneOnOneId)) },
  });
  const notePlans = await em.find(GrowthPlan, {
    where: { ...org, id: among(noteOneOnOnes.map((o) => o.planId)) },
  });

  return {
    plans,
    signals,
    gaps,
    activities,
    goals,
    delegations,
    requests,
    oneOnOnes,
    reflections,
    delegatedToMe,
    checkIns,
    agenda,
    actionItems,
    myNotes,
    noteOneOnOnes,
    notePlans,
  };
}

type RecordRows = Awaited<ReturnType<typeof loadRecordRows>>;

function exportPlan(
  rows: RecordRows,
  plan: GrowthPlan,
  nameOf: (id: string | null) => string,
  exportDelegation: (d: Delegation) => ExportedDelegation,
): ExportedPlan {
  const { signals, gaps, activities, goals, delegations, requests, oneOnOnes, reflections } = rows;
  const ofPlan = <T extends { planId: string }>(list: readonly T[]): T[] =>
    list.filter((row) => row.planId === plan.id);
  return {
    status: plan.status,
    manager: nameOf(plan.managerId),
    currentLevel: plan.currentLevel,
    targetLevel: plan.targetLevel,
    targetArchetype: plan.targetArchetype,
    weeklyHours: plan.weeklyHours,
    createdAt: plan.createdAt.toISOString(),
    signals: ofPlan(signals).map((s) => ({
      signal: s.signal,
      side: s.side === RatingSide.SELF ? 'SELF' : 'MANAGER',
      rating: s.rating,
      evidence: s.evidence,
    })),
    gaps: ofPlan(gaps).map(({ kind, title, description, status, openedQuarter, closedQuarter, evidence }) => ({
      kind,
      title,
      description,
      status,
      openedQuarter,
      closedQuarter,
      evidence,
    })),
    week: ofPlan(activities).map(({ name, hoursPerWeek, mode, leverage }) => ({ name, hoursPerWeek, mode, leverage })),
    goals: ofPlan(goals).map((g) => ({
      title: g.title,
      lever: g.lever,
      status: g.status,
      stop: g.stopHours !== null ? `${g.stopHours} h of ${g.stopActivityName}` : null,
      start: `${g.startHours} h of ${g.startActivityName}`,
      successMeasure: g.successMeasure,
      targetQuarter: g.targetQuarter,
    })),
    delegations: ofPlan(delegations).map(exportDelegation),
    helpRequests: ofPlan(requests).map((r) => ({
      receivedAt: r.receivedAt.toISOString(),
      requester: r.requesterName,
      topic: r.topic,
      decision: r.decision,
      redirectedTo: r.redirectedTo,
      hoursSpent: r.hoursSpent,
    })),
    oneOnOnes: ofPlan(oneOnOnes).map((o) => exportOneOnOne(rows, o, nameOf)),
    reflections: ofPlan(reflections).map((r) => ({
      quarter: r.quarter,
      status: r.status,
      selfText: r.selfText,
      managerText: r.managerText,
      selfReportedAntiPatterns: r.selfReportedAntiPatterns,
      snapshot: r.snapshot.point,
    })),
    promotionNarrative: plan.promotionNarrative,
  };
}

function exportOneOnOne(
  { agenda, actionItems }: RecordRows,
  o: RecordRows['oneOnOnes'][number],
  nameOf: (id: string | null) => string,
): ExportedPlan['oneOnOnes'][number] {
  return {
    scheduledAt: o.scheduledAt.toISOString(),
    status: o.status,
    agenda: agenda.filter((a) => a.oneOnOneId === o.id).map(({ text, discussed }) => ({ text, discussed })),
    sharedNotes: o.sharedNotes,
    actionItems: actionItems
      .filter((a) => a.oneOnOneId === o.id)
      .map((a) => ({ text: a.text, owner: nameOf(a.ownerId), dueOn: a.dueOn, done: a.done })),
  };
}
