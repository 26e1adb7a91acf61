import { Role } from '@fulcrum/shared';
import { Check, Column, Unique } from 'typeorm';
import { EnumCheck, ReferenceColumn } from '../../core/db/constraints';
import { TimestampedRow } from '../../core/db/base.entity';
import { TenantEntity } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

/** Email and password of one person; the email is unique across the whole system. */
@TenantEntity('account')
@Unique('account_person_id_key', ['personId'])
@Unique('account_email_key', ['email'])
@Check('account_email_check', 'email = lower(email)')
@EnumCheck('account', 'role', Role)
export class Account extends TimestampedRow {
  // Not indexed alone: account_person_id_key serves the lookups.
  @ReferenceColumn('account', 'person_id', () => Person, { onDelete: 'CASCADE', index: false })
  personId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;
}
