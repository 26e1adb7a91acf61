import { Field } from 'type-graphql';
import { ObjectType } from './object-type';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}
