import { Column, Unique } from 'typeorm';
import { ReferenceColumn } from '../../core/db/constraints';
import { CreatedAtColumn, TenantRow } from '../../core/db/base.entity';
import { TenantEntity } from '../organizations/organization.entity';
import { Account } from './account.entity';

/** A single-use link to set a new password, valid an hour. Only a keyed hash of its token is kept. */
@TenantEntity('password_reset')
@Unique('password_reset_token_hash_key', ['tokenHash'])
export class PasswordReset extends TenantRow {
  @ReferenceColumn('password_reset', 'account_id', () => Account, { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
