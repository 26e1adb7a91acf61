import { NotificationKind } from '@fulcrum/shared';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class NotificationKindSettingInput {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field({ description: 'Whether this kind is also sent by email (it is always in the inbox).' }) email: boolean;
}

@InputType({ description: 'Only what is given changes.' })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationKindSettingInput], { nullable: true })
  @ArrayMaxSize(Object.keys(NotificationKind).length)
  email?: NotificationKindSettingInput[] | null;

  @Field(() => Int, { nullable: true, description: 'ISO weekday of the weekly brief: 1 = Monday … 7 = Sunday.' })
  weeklyBriefDay?: number | null;

  @Field(() => Int, { nullable: true, description: "Hour of the weekly brief (0–23) in the person's time zone." })
  weeklyBriefHour?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Paris.' })
  @MaxLength(64)
  timeZone?: string | null;
}
