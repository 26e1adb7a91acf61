import { In, type DataSource, type EntityManager } from 'typeorm';
import { STATEMENT_TIMEOUT_MS } from '../db/data-source';
import type { Logger } from '../../core/logger';
import { Account } from '../../identity/accounts/account.entity';
import { hashPassword } from '../../identity/accounts/password';
import { DEFAULT_WEEKLY_HOURS } from '../../identity/accounts/auth.service';
import { Organization } from '../../identity/organizations/organization.entity';
import { Person } from '../../identity/people/person.entity';
import { AISHAS_PLAN } from './aishas-plan';
import { seeded } from './helpers';
import { NOORS_PLAN } from './noors-plan';
import { PEOPLE } from './demo-people';
import { seedPlan } from './plan-seed';
import { SAMS_PLAN } from './sams-plan';

export interface DemoSignIn {
  name: string;
  role: string;
  email: string;
  password: string;
}

export const DEMO_PASSWORD = 'fulcrum-demo-2026';
const DEMO_ORGANIZATION = 'Northwind Analytics (demo)';

export function demoSignIns(): DemoSignIn[] {
  return PEOPLE.map((p) => ({
    name: p.name,
    role: p.describe,
    email: p.email,
    password: DEMO_PASSWORD,
  }));
}

/**
 * Taken, transaction-level, by the transaction that seeds: instances starting at once against one
 * empty database seed one after the other, and the later one finds the demo there. Fulcrum's only
 * other advisory lock is the migrations' (app/db/migrate.ts).
 */
export const SEED_LOCK = 4_701_202_612;
/** How long an instance waits for another one's seed to commit (each seed statement keeps the usual ceiling). */
const SEED_LOCK_WAIT_MS = 120_000;

/**
 * Seeds the demo organization when asked to (FULCRUM_SEED_DEMO=true), or by default when the
 * database has no organization yet. Returns the demo sign-ins when the demo exists (only those
 * whose accounts it has: a demo seeded by an older version lacks the people added since).
 *
 * Safe when several instances start at once: the decision is taken again, and the demo written,
 * in one transaction under SEED_LOCK, so exactly one of them seeds and the others find its demo;
 * being one transaction, a seed that fails or is killed half-way leaves nothing behind.
 */
export async function seedDemoIfWanted(
  db: DataSource,
  wanted: boolean | undefined,
  log: Logger,
): Promise<DemoSignIn[]> {
  if (wanted === false) return [];
  // Every start but the first ends here, without the lock.
  const found = await existingDemo(db.manager, wanted);
  if (found) return found;
  // Hashed before taking the lock, not while holding it (argon2id is slow on purpose).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const foundUnderLock = await db.transaction(async (em) => {
    // The wait for another instance's seed can outlast the 5 s statement ceiling: lift it for that wait.
    await em.query(`SET LOCAL statement_timeout = ${SEED_LOCK_WAIT_MS}`);
    await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    await em.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    // Checked again: another instance may have seeded (and committed) while this one waited. The
    // lock is released only after that commit is visible, and each READ COMMITTED statement sees it.
    const seededMeanwhile = await existingDemo(em, wanted);
    if (seededMeanwhile) return seededMeanwhile;
    await seedDemo(em, passwordHash);
    return undefined;
  });
  if (foundUnderLock) {
    log.info('demo organization already seeded by another instance');
    return foundUnderLock;
  }
  log.info({ organization: DEMO_ORGANIZATION }, 'demo organization seeded');
  return demoSignIns();
}

/**
 * The sign-ins of the demo when it is there, none when the database holds other organizations and
 * the demo was not asked for, or undefined when the demo is to be seeded.
 */
async function existingDemo(em: EntityManager, wanted: boolean | undefined): Promise<DemoSignIn[] | undefined> {
  const demoExists = await em.getRepository(Account).existsBy({ email: PEOPLE[0].email });
  if (demoExists) {
    const accounts = await em.getRepository(Account).findBy({ email: In(PEOPLE.map((p) => p.email)) });
    const emails = new Set(accounts.map((a) => a.email));
    return demoSignIns().filter((s) => emails.has(s.email));
  }
  if (wanted === undefined && (await em.getRepository(Organization).count()) > 0) return [];
  return undefined;
}

/**
 * Sam's plan, then the rest of Maya's organization, so that her home shows a small real org
 * rather than one row: Noor, a second senior under Maya, whose plan is in trouble in the ways the
 * home flags (two delegations at risk, two anti-patterns, an upcoming 1:1 with open action items,
 * a real shift since last quarter), and Jonas's ML engineering team one level down, where Aisha's
 * plan is on track.
 */
const PLANS = [SAMS_PLAN, NOORS_PLAN, AISHAS_PLAN];

/** Writes the whole demo in the caller's transaction. */
async function seedDemo(em: EntityManager, passwordHash: string): Promise<void> {
  const organization = await em.save(
    em.create(Organization, { name: DEMO_ORGANIZATION, defaultWeeklyHours: DEFAULT_WEEKLY_HOURS }),
  );
  const ids = new Map<string, string>();
  const idOf = (key: string) => seeded(ids, key, 'person');
  for (const p of PEOPLE) {
    const person = await em.save(
      em.create(Person, {
        organizationId: organization.id,
        name: p.name,
        email: p.email,
        title: p.title,
        level: p.level,
        track: p.track,
        specialty: p.specialty,
        managerId: p.manager ? idOf(p.manager) : null,
      }),
    );
    ids.set(p.key, person.id);
    await em.insert(Account, {
      organizationId: organization.id,
      personId: person.id,
      email: p.email,
      passwordHash,
      role: p.role,
    });
  }
  for (const plan of PLANS) await seedPlan(em, organization.id, idOf, plan);
}
