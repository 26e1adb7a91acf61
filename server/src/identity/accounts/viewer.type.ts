import { Role } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../../core/object-type';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

@ObjectType('Viewer')
export class ViewerType {
  @Field(() => Person)
  person: Person;

  @Field(() => Organization)
  organization: Organization;

  @Field(() => Role)
  role: Role;
}
