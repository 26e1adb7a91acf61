import { Level, Role, Track } from '@fulcrum/shared';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { Account } from '../modules/accounts/account.entity';
import { hashPassword } from '../modules/accounts/password';
import { DEFAULT_WEEKLY_HOURS } from '../modules/accounts/auth.service';
import { Organization } from '../modules/organizations/organization.entity';
import { Person } from '../modules/people/person.entity';

export interface DemoSignIn {
  name: string;
  role: string;
  email: string;
  password: string;
}

export const DEMO_PASSWORD = 'fulcrum-demo-2026';
const DEMO_ORGANIZATION = 'Northwind Analytics (demo)';

interface DemoPerson {
  key: string;
  name: string;
  email: string;
  title: string;
  level: Level;
  track: Track;
  specialty: string;
  manager?: string;
  role: Role;
  describe: string;
}

const PEOPLE: DemoPerson[] = [
  { key: 'maya', name: 'Maya Okafor', email: 'maya@northwind.example', title: 'Head of Data Science', level: Level.STAFF, track: Track.MANAGER, specialty: 'Data Science', role: Role.ADMIN, describe: 'manager and admin' },
  { key: 'sam', name: 'Sam Rivera', email: 'sam@northwind.example', title: 'Senior Data Scientist', level: Level.SENIOR, track: Track.INDIVIDUAL_CONTRIBUTOR, specialty: 'Data Science', manager: 'maya', role: Role.MEMBER, describe: 'senior, growing toward Lead' },
  { key: 'priya', name: 'Priya Natarajan', email: 'priya@northwind.example', title: 'Data Scientist', level: Level.JUNIOR, track: Track.INDIVIDUAL_CONTRIBUTOR, specialty: 'Analytics', manager: 'maya', role: Role.MEMBER, describe: 'junior' },
  { key: 'leo', name: 'Leo Martins', email: 'leo@northwind.example', title: 'ML Engineer', level: Level.JUNIOR, track: Track.INDIVIDUAL_CONTRIBUTOR, specialty: 'ML Engineering', manager: 'maya', role: Role.MEMBER, describe: 'junior' },
];

export function demoSignIns(): DemoSignIn[] {
  return PEOPLE.map((p) => ({ name: p.name, role: p.describe, email: p.email, password: DEMO_PASSWORD }));
}

/**
 * Seeds the demo organization when asked to (FULCRUM_SEED_DEMO=true), or by default when the
 * database has no organization yet. Returns the demo sign-ins when the demo exists.
 */
export async function seedDemoIfWanted(db: DataSource, wanted: boolean | undefined, log: Logger): Promise<DemoSignIn[]> {
  if (wanted === false) return [];
  const demoExists = await db.getRepository(Account).existsBy({ email: PEOPLE[0]!.email });
  if (demoExists) return demoSignIns();
  if (wanted === undefined && (await db.getRepository(Organization).count()) > 0) return [];
  await seedDemo(db);
  log.info({ organization: DEMO_ORGANIZATION }, 'demo organization seeded');
  return demoSignIns();
}

async function seedDemo(db: DataSource): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (em) => {
    const organization = await em.save(em.create(Organization, { name: DEMO_ORGANIZATION, defaultWeeklyHours: DEFAULT_WEEKLY_HOURS }));
    const ids = new Map<string, string>();
    for (const p of PEOPLE) {
      const person = await em.save(em.create(Person, {
        organizationId: organization.id,
        name: p.name,
        email: p.email,
        title: p.title,
        level: p.level,
        track: p.track,
        specialty: p.specialty,
        managerId: p.manager ? ids.get(p.manager)! : null,
      }));
      ids.set(p.key, person.id);
      await em.insert(Account, { organizationId: organization.id, personId: person.id, email: p.email, passwordHash, role: p.role });
    }
  });
}
