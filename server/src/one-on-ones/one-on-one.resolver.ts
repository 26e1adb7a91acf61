import { OneOnOneChange } from '@fulcrum/shared';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { connectionOf, PageArgs, type Connection } from '../core/connection';
import type { Context, Viewer } from '../core/context';
import { after, type Eventually } from '../core/eventually';
import { NotFoundError, UnauthenticatedError } from '../core/errors';
import { requireActor } from '../core/actor';
import { Reads } from '../core/reads';
import { ViewerType } from '../identity/accounts/viewer.type';
import { namedPerson } from '../identity/people/people.service';
import { Person } from '../identity/people/person.entity';
import { GrowthPlan } from '../plans/plan.entity';
import { calendarFeedPath } from './calendar';
import { ActionItem, AgendaItem, OneOnOne } from './one-on-one.entity';
import type { OneOnOneSignal } from './one-on-one.events';
import {
  AddActionItemInput,
  AddAgendaItemInput,
  ScheduleOneOnOneInput,
  SetPrivateNoteInput,
  UpdateActionItemInput,
  UpdateAgendaItemInput,
  UpdateSharedNotesInput,
} from './one-on-one.inputs';
import { canReadPrivateNote, readableOneOnOne } from './one-on-one.policy';
import * as items from './agenda.service';
import * as oneOnOnes from './one-on-one.service';

@ObjectType()
class OneOnOneEvent {
  @Field(() => OneOnOne) oneOnOne: OneOnOne;
  @Field(() => OneOnOneChange) change: OneOnOneChange;
  @Field(() => Person) by: Person;
}

const OneOnOneConnection = connectionOf('OneOnOne', OneOnOne);

@Resolver(() => OneOnOne)
export class OneOnOneResolver {
  @Query(() => OneOnOne, { nullable: true })
  async oneOnOne(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OneOnOne> {
    return (await readableOneOnOne(ctx, id)).oneOnOne;
  }

  @Mutation(() => OneOnOne, { description: 'Carries open action items over.' })
  scheduleOneOnOne(@Arg('input') input: ScheduleOneOnOneInput, @Ctx() ctx: Context): Promise<OneOnOne> {
    return oneOnOnes.scheduleOneOnOne(ctx, input);
  }

  @Mutation(() => AgendaItem)
  addAgendaItem(@Arg('input') input: AddAgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    return items.addAgendaItem(ctx, input);
  }

  @Mutation(() => AgendaItem)
  updateAgendaItem(@Arg('input') input: UpdateAgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    return items.updateAgendaItem(ctx, input);
  }

  @Mutation(() => Boolean)
  removeAgendaItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return items.removeAgendaItem(ctx, id);
  }

  @Mutation(() => OneOnOne)
  updateSharedNotes(@Arg('input') input: UpdateSharedNotesInput, @Ctx() ctx: Context): Promise<OneOnOne> {
    return oneOnOnes.updateSharedNotes(ctx, input);
  }

  @Mutation(() => OneOnOne)
  setPrivateNote(@Arg('input') input: SetPrivateNoteInput, @Ctx() ctx: Context): Promise<OneOnOne> {
    return oneOnOnes.setPrivateNote(ctx, input);
  }

  @Mutation(() => ActionItem)
  addActionItem(@Arg('input') input: AddActionItemInput, @Ctx() ctx: Context): Promise<ActionItem> {
    return items.addActionItem(ctx, input);
  }

  @Mutation(() => ActionItem)
  updateActionItem(@Arg('input') input: UpdateActionItemInput, @Ctx() ctx: Context): Promise<ActionItem> {
    return items.updateActionItem(ctx, input);
  }

  @Mutation(() => OneOnOne)
  completeOneOnOne(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OneOnOne> {
    return oneOnOnes.completeOneOnOne(ctx, id);
  }

  /**
   * Live changes of one 1:1, for its two participants only. Every event carries ids; the
   * 1:1 is reloaded with fresh loaders and access is checked again before anything is sent.
   */
  @Subscription(() => OneOnOneEvent, {
    description: "Only for the 1:1's two participants.",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const { id } = args as { id: string }; // `id: ID!`, coerced to a string
      const { access } = await readableOneOnOne(ctx, id);
      if (access !== 'participant') throw new NotFoundError('1:1');
      return ctx.app.events.subscribe(id);
    },
  })
  async oneOnOneChanged(
    @Root() signal: OneOnOneSignal,
    @Arg('id', () => ID) _id: string,
    @Ctx() ctx: Context,
  ): Promise<OneOnOneEvent> {
    // One context lives as long as the subscription: each event checks the session is still
    // signed in (not signed out or expired since) and reads the 1:1 afresh. What every
    // subscriber of the event needs is read once for all of them on this instance; the
    // policy then runs on those rows without another statement.
    const viewer = ctx.viewer;
    if (!viewer) throw new UnauthenticatedError();
    const rows = await ctx.app.events.rowsFor(signal, viewer.organizationId, viewer.sessionId);
    if (!rows.sessionAlive) throw new UnauthenticatedError('Your session ended. Sign in again.');
    ctx.loaders = ctx.app.loadersFor(viewer);
    ctx.loaders.oneOnOnes.oneOnOne.prime(signal.oneOnOneId, rows.oneOnOne);
    if (rows.plan) ctx.loaders.plans.plan.prime(rows.plan.id, rows.plan);
    for (const person of rows.people) ctx.loaders.person.prime(person.id, person);
    const { oneOnOne, access } = await readableOneOnOne(ctx, signal.oneOnOneId);
    if (access !== 'participant') throw new NotFoundError('1:1');
    return { oneOnOne, change: signal.change, by: await namedPerson(ctx, signal.byId) };
  }

  @Reads.nothing()
  @FieldResolver(() => GrowthPlan)
  async plan(@Root() oneOnOne: OneOnOne, @Ctx() ctx: Context): Promise<GrowthPlan> {
    return (await readableOneOnOne(ctx, oneOnOne.id)).plan;
  }

  @Reads({ agendaItem: [] })
  @FieldResolver(() => [AgendaItem])
  agenda(@Root() oneOnOne: OneOnOne, @Ctx() ctx: Context): Eventually<AgendaItem[]> {
    return after(ctx.loaders.oneOnOnes.contentByOneOnOne.get(oneOnOne.id), (content) => content.agenda);
  }

  @Reads.nothing()
  @FieldResolver(() => String, {
    nullable: true,
    description: "The viewer's own; no field ever returns another's.",
  })
  async myPrivateNote(@Root() oneOnOne: OneOnOne, @Ctx() ctx: Context): Promise<string | null> {
    const actor = requireActor(ctx);
    const note = await ctx.loaders.oneOnOnes.myPrivateNote.load(oneOnOne.id);
    return note && canReadPrivateNote(actor, note) ? note.text : null;
  }

  @Reads({ actionItem: [] })
  @FieldResolver(() => [ActionItem])
  actionItems(@Root() oneOnOne: OneOnOne, @Ctx() ctx: Context): Eventually<ActionItem[]> {
    return after(ctx.loaders.oneOnOnes.contentByOneOnOne.get(oneOnOne.id), (content) => content.actionItems);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @Reads({ agendaItem: ['authorId'] })
  @FieldResolver(() => Person)
  author(@Root() item: AgendaItem, @Ctx() ctx: Context): Eventually<Person> {
    return namedPerson(ctx, item.authorId);
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @Reads({ actionItem: ['ownerId'] })
  @FieldResolver(() => Person)
  owner(@Root() item: ActionItem, @Ctx() ctx: Context): Eventually<Person> {
    return namedPerson(ctx, item.ownerId);
  }

  @Reads({ actionItem: ['carriedFromId'] })
  @FieldResolver(() => ActionItem, {
    nullable: true,
    description: 'The open item of an earlier 1:1 this one continues.',
  })
  carriedFrom(@Root() item: ActionItem, @Ctx() ctx: Context): Promise<ActionItem | null> | null {
    return item.carriedFromId ? ctx.loaders.oneOnOnes.actionItem.load(item.carriedFromId) : null;
  }
}

/** A plan's 1:1s (newest first) and the next one; reached only through a plan the viewer reads. */
@Resolver(() => GrowthPlan)
export class PlanOneOnOnesResolver {
  @Reads.nothing()
  @FieldResolver(() => OneOnOneConnection, { description: 'Newest first.' })
  oneOnOnes(@Root() plan: GrowthPlan, @Ctx() ctx: Context, @Args() page: PageArgs): Promise<Connection<OneOnOne>> {
    return oneOnOnes.listOneOnOnes(ctx, plan.id, page);
  }

  @Reads({ oneOnOne: [] })
  @FieldResolver(() => OneOnOne, { nullable: true })
  nextOneOnOne(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<OneOnOne | null> {
    return ctx.loaders.oneOnOnes.nextByPlan.get(plan.id);
  }
}

@Resolver(() => ViewerType)
export class ViewerCalendarResolver {
  @FieldResolver(() => String, { description: "Secret iCalendar URL of the viewer's 1:1s." })
  async calendarFeedUrl(@Root() viewer: Viewer, @Ctx() ctx: Context): Promise<string> {
    return `${ctx.origin}${calendarFeedPath(ctx.app.config.sessionSecret, await namedPerson(ctx, viewer.personId))}`;
  }

  @Mutation(() => ViewerType, {
    description: 'Replaces the calendar feed URL; the old one stops working.',
  })
  async rotateCalendarFeed(@Ctx() ctx: Context): Promise<Viewer> {
    const viewer = requireActor(ctx);
    await ctx.app.db
      .getRepository(Person)
      .increment({ id: viewer.personId, organizationId: viewer.organizationId }, 'calendarFeedVersion', 1);
    ctx.loaders.person.clear(viewer.personId);
    return viewer;
  }
}
