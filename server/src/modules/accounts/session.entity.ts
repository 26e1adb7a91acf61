import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantRow } from '../../db/base.entity';

/** A signed-in browser. Only a keyed hash of the cookie's token is stored. */
@Entity({ name: 'session' })
export class Session extends TenantRow {
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
