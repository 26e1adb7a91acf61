import { Field } from 'type-graphql';
import { ObjectType } from '../../core/object-type';
import { Column, Unique } from 'typeorm';
import { ReferenceColumn } from '../../core/db/constraints';
import { CreatedAtColumn, TenantRow } from '../../core/db/base.entity';
import { TenantEntity } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

/** A single-use link that lets a person set a password. Only a keyed hash of the token is kept. */
@ObjectType()
@TenantEntity('invitation')
@Unique('invitation_token_hash_key', ['tokenHash'])
export class Invitation extends TenantRow {
  @ReferenceColumn('invitation', 'person_id', () => Person, { onDelete: 'CASCADE' })
  personId: string;

  @ReferenceColumn('invitation', 'invited_by_id', () => Person, { onDelete: 'CASCADE' })
  invitedById: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Field()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  /** Set only on the object returned to the inviter; the token itself is never stored. */
  @Field()
  acceptUrl: string;
}
