import { Role } from '@fulcrum/shared';
import { Column, Entity } from 'typeorm';
import { TimestampedRow } from '../../db/base.entity';

/** Email and password of one person; the email is unique across the whole system. */
@Entity({ name: 'account' })
export class Account extends TimestampedRow {
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;
}
