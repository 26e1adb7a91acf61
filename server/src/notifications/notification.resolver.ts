import { NotificationKind } from '@fulcrum/shared';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { connectionOf, PageArgs, type Connection } from '../core/connection';
import type { Context, Viewer } from '../core/context';
import { NotFoundError, UnauthenticatedError } from '../core/errors';
import { ObjectType } from '../core/object-type';
import { requireActor } from '../core/actor';
import { ViewerType } from '../identity/accounts/viewer.type';
import { Notification } from './notification.entity';
import type { NotificationSignal } from './notification.events';
import { UpdateNotificationPreferencesInput } from './notification.inputs';
import { markRead, myNotification, myNotifications, sessionAlive, unreadCount } from './notification.service';
import { myPreferences, updateMyPreferences, type Preferences } from './preferences.service';

const NotificationConnection = connectionOf('Notification', Notification);

@ObjectType()
class NotificationKindSetting {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field({ description: 'Whether this kind is also sent by email (it is always in the inbox).' }) email: boolean;
}

@ObjectType()
class NotificationPreferences {
  @Field(() => [NotificationKindSetting], { description: 'Every kind, in the order of NotificationKind.' })
  email: NotificationKindSetting[];

  @Field(() => Int, { description: 'ISO weekday of the weekly brief: 1 = Monday … 7 = Sunday.' })
  weeklyBriefDay: number;

  @Field(() => Int, { description: "Hour of the weekly brief (0–23) in the person's time zone." })
  weeklyBriefHour: number;

  @Field({ description: 'IANA time zone; UTC until the person chooses one.' })
  timeZone: string;

  @Field({ description: 'False until the person chose a time zone (the client then proposes the browser’s).' })
  timeZoneChosen: boolean;
}

function shown(preferences: Preferences): NotificationPreferences {
  return {
    email: Object.values(NotificationKind).map((kind) => ({ kind, email: !preferences.emailOff.includes(kind) })),
    weeklyBriefDay: preferences.weeklyBriefDay,
    weeklyBriefHour: preferences.weeklyBriefHour,
    timeZone: preferences.timeZone,
    timeZoneChosen: preferences.timeZoneChosen,
  };
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The viewer's inbox, newest first." })
  notifications(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Notification>> {
    return myNotifications(ctx, page);
  }

  @Mutation(() => Int, {
    description: "Marks the viewer's notifications read (all of them when `ids` is absent); how many changed.",
  })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return markRead(ctx, ids);
  }

  @Query(() => NotificationPreferences)
  async notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferences> {
    return shown(await myPreferences(ctx));
  }

  @Mutation(() => NotificationPreferences)
  async updateNotificationPreferences(
    @Arg('input', () => UpdateNotificationPreferencesInput) input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: Context,
  ): Promise<NotificationPreferences> {
    return shown(await updateMyPreferences(ctx, input));
  }

  /**
   * The viewer's new inbox items, from any instance. Events are keyed by recipient; each is read
   * again for the subscriber (its own item, in its organization) with the session still alive.
   */
  @Subscription(() => Notification, {
    description: "The viewer's new inbox items.",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      return ctx.app.notificationEvents.subscribe(requireActor(ctx).personId);
    },
  })
  async notificationAdded(@Root() signal: NotificationSignal, @Ctx() ctx: Context): Promise<Notification> {
    const viewer = ctx.viewer;
    if (!viewer) throw new UnauthenticatedError();
    if (!(await sessionAlive(ctx.app.db, viewer.sessionId))) {
      throw new UnauthenticatedError('Your session ended. Sign in again.');
    }
    const notification = await myNotification(ctx.app.db, viewer, signal.id);
    if (!notification) throw new NotFoundError('notification');
    return notification;
  }
}

@Resolver(() => ViewerType)
export class ViewerNotificationsResolver {
  @FieldResolver(() => Int, { description: 'Unread items of the inbox.' })
  unreadNotifications(@Root() _viewer: Viewer, @Ctx() ctx: Context): Promise<number> {
    return unreadCount(ctx);
  }
}
