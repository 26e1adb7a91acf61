import { Role } from '@fulcrum/shared';
import { Check, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { TimestampedRow } from '../../core/db/base.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

/** Email and password of one person; the email is unique across the whole system. */
@Entity({ name: 'account' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'account_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('account_organization_id_idx', ['organizationId'])
@Unique('account_person_id_key', ['personId'])
@Unique('account_email_key', ['email'])
@Check('account_email_check', 'email = lower(email)')
@Check('account_role_check', "role IN ('ADMIN','MEMBER')")
export class Account extends TimestampedRow {
  @Column({ name: 'person_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'account_person_id_fkey', onDelete: 'CASCADE' })
  personId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;
}
