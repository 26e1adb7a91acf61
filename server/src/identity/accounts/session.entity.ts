import { Column, CreateDateColumn, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { TenantRow } from '../../core/db/base.entity';
import { Organization } from '../organizations/organization.entity';
import { Account } from './account.entity';

/** A signed-in browser. Only a keyed hash of the cookie's token is stored. */
@Entity({ name: 'session' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'session_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('session_organization_id_idx', ['organizationId'])
@Unique('session_token_hash_key', ['tokenHash'])
export class Session extends TenantRow {
  @Column({ name: 'account_id', type: 'uuid' })
  @ForeignKey(() => Account, { name: 'session_account_id_fkey', onDelete: 'CASCADE' })
  @Index('session_account_id_idx')
  accountId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  @Index('session_expires_at_idx')
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
