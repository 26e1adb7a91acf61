import { Field } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantRow } from '../../db/base.entity';

/** A single-use link that lets a person set a password. Only a keyed hash of the token is kept. */
@ObjectType()
@Entity({ name: 'invitation' })
export class Invitation extends TenantRow {
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'invited_by_id', type: 'uuid' })
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set only on the object returned to the inviter; the token itself is never stored. */
  @Field()
  acceptUrl: string;
}
