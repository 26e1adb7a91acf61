import { Field } from 'type-graphql';
import { ObjectType } from '../../core/object-type';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { TenantRow } from '../../core/db/base.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';

/** A single-use link that lets a person set a password. Only a keyed hash of the token is kept. */
@ObjectType()
@Entity({ name: 'invitation' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'invitation_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('invitation_organization_id_idx', ['organizationId'])
@Unique('invitation_token_hash_key', ['tokenHash'])
export class Invitation extends TenantRow {
  @Column({ name: 'person_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'invitation_person_id_fkey', onDelete: 'CASCADE' })
  @Index('invitation_person_id_idx')
  personId: string;

  @Column({ name: 'invited_by_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'invitation_invited_by_id_fkey', onDelete: 'CASCADE' })
  @Index('invitation_invited_by_id_idx')
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
