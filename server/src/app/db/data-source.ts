import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { migrations } from '../../../../migrations/index';
import type { Logger } from '../../core/logger';
import { Account } from '../../identity/accounts/account.entity';
import { PasswordReset } from '../../identity/accounts/password-reset.entity';
import { Session } from '../../identity/accounts/session.entity';
import { Invitation } from '../../identity/invitations/invitation.entity';
import { Organization } from '../../identity/organizations/organization.entity';
import { CheckIn } from '../../delegations/check-in.entity';
import { Delegation } from '../../delegations/delegation.entity';
import { HelpRequest } from '../../delegations/help-request.entity';
import { ActionItem, AgendaItem, OneOnOne, PrivateNote } from '../../one-on-ones/one-on-one.entity';
import { Person } from '../../identity/people/person.entity';
import { Notification, NotificationPreference } from '../../notifications/notification.entity';
import { Reflection } from '../../reflections/reflection.entity';
import { Activity } from '../../plans/activity.entity';
import { Gap } from '../../plans/gap.entity';
import { ChangeGoal } from '../../plans/goal.entity';
import { GrowthPlan } from '../../plans/plan.entity';
import { SignalRatingRow } from '../../plans/signal-rating.entity';

export const entities = [
  Organization,
  Person,
  Account,
  Session,
  Invitation,
  PasswordReset,
  GrowthPlan,
  SignalRatingRow,
  Gap,
  Activity,
  ChangeGoal,
  Delegation,
  CheckIn,
  HelpRequest,
  OneOnOne,
  AgendaItem,
  PrivateNote,
  ActionItem,
  Reflection,
  Notification,
  NotificationPreference,
];

export const STATEMENT_TIMEOUT_MS = 5_000;

export interface DataSourceOptions {
  url: string;
  log: Logger;
  poolSize?: number;
  /** Observes every SQL statement (tests count them). */
  onQuery?: (sql: string, parameters?: readonly unknown[]) => void;
}

/** What both data sources share: the database, the entity list and the migrations, never synchronized. */
function basics(url: string) {
  return { type: 'postgres', url, entities, migrations, synchronize: false } as const;
}

/** The application's DataSource: a pooled connection where every statement has a 5 s ceiling. */
export function createDataSource({ url, log, poolSize = 10, onQuery }: DataSourceOptions): DataSource {
  return new DataSource({
    ...basics(url),
    migrationsRun: false,
    poolSize,
    applicationName: 'fulcrum',
    // Fail fast when the database is unreachable instead of queueing requests.
    connectTimeoutMS: 3_000,
    extra: { statement_timeout: STATEMENT_TIMEOUT_MS, idle_in_transaction_session_timeout: 10_000 },
    poolErrorHandler: (error: Error) => log.warn({ err: error }, 'database connection lost; the pool will reconnect'),
    logger: new SqlLogger(log, onQuery),
  });
}

/** A DataSource for running migrations: no statement timeout, a single connection. */
export function createMigrationDataSource(url: string, log: Logger): DataSource {
  return new DataSource({
    ...basics(url),
    poolSize: 1,
    migrationsTransactionMode: 'each',
    logger: new SqlLogger(log),
  });
}

class SqlLogger implements TypeOrmLogger {
  constructor(
    private readonly out: Logger,
    private readonly onQuery?: (sql: string, parameters?: readonly unknown[]) => void,
  ) {}
  logQuery(query: string, parameters?: unknown[]): void {
    this.onQuery?.(query, parameters);
    if (this.out.isLevelEnabled('trace')) this.out.trace({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.out.debug({ err: error, sql: query }, 'sql error');
  }
  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, sql: query }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.out.debug(message);
  }
  logMigration(message: string): void {
    this.out.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.out[level === 'log' ? 'debug' : level]({ typeorm: message }, 'typeorm');
  }
}
