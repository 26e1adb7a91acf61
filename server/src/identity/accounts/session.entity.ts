import { Column, Index, Unique } from 'typeorm';
import { ReferenceColumn } from '../../core/db/constraints';
import { CreatedAtColumn, TenantRow } from '../../core/db/base.entity';
import { TenantEntity } from '../organizations/organization.entity';
import { Account } from './account.entity';

/** A signed-in browser. Only a keyed hash of the cookie's token is stored. */
@TenantEntity('session')
@Unique('session_token_hash_key', ['tokenHash'])
export class Session extends TenantRow {
  @ReferenceColumn('session', 'account_id', () => Account, { onDelete: 'CASCADE' })
  accountId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  @Index('session_expires_at_idx')
  expiresAt: Date;

  @CreatedAtColumn()
  createdAt: Date;
}
