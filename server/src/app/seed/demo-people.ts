import { Level, Role, Track, type PersonDetails } from '@fulcrum/shared';

export interface DemoPerson extends PersonDetails {
  key: string;
  manager?: string;
  role: Role;
  describe: string;
}

/** A member of the organization and an individual contributor unless said otherwise; email from the key. */
function person(
  p: Omit<DemoPerson, 'email' | 'track' | 'role'> & Partial<Pick<DemoPerson, 'track' | 'role'>>,
): DemoPerson {
  return { email: `${p.key}@northwind.example`, track: Track.INDIVIDUAL_CONTRIBUTOR, role: Role.MEMBER, ...p };
}

/** In the order they are written: a manager before the people under them. */
export const PEOPLE: DemoPerson[] = [
  person({
    key: 'maya',
    name: 'Maya Okafor',
    title: 'Head of Data Science',
    level: Level.STAFF,
    track: Track.MANAGER,
    specialty: 'Data Science',
    role: Role.ADMIN,
    describe: 'manager and admin',
  }),
  person({
    key: 'sam',
    name: 'Sam Rivera',
    title: 'Senior Data Scientist',
    level: Level.SENIOR,
    specialty: 'Data Science',
    manager: 'maya',
    describe: 'senior, growing toward Lead',
  }),
  person({
    key: 'priya',
    name: 'Priya Natarajan',
    title: 'Data Scientist',
    level: Level.JUNIOR,
    specialty: 'Analytics',
    manager: 'maya',
    describe: 'junior',
  }),
  person({
    key: 'leo',
    name: 'Leo Martins',
    title: 'ML Engineer',
    level: Level.JUNIOR,
    specialty: 'ML Engineering',
    manager: 'maya',
    describe: 'junior',
  }),
  // The rest of Maya's organization (demo-team.ts): a second senior with a plan in trouble, a
  // junior, and a Lead's team one level down.
  person({
    key: 'noor',
    name: 'Noor Haddad',
    title: 'Senior Data Analyst',
    level: Level.SENIOR,
    specialty: 'Analytics',
    manager: 'maya',
    describe: 'senior, a plan with delegations at risk',
  }),
  person({
    key: 'ben',
    name: 'Ben Carter',
    title: 'Data Analyst',
    level: Level.JUNIOR,
    specialty: 'Analytics',
    manager: 'maya',
    describe: 'junior',
  }),
  person({
    key: 'jonas',
    name: 'Jonas Weber',
    title: 'ML Engineering Lead',
    level: Level.LEAD,
    track: Track.MANAGER,
    specialty: 'ML Engineering',
    manager: 'maya',
    describe: 'lead, manages the ML engineering team',
  }),
  person({
    key: 'aisha',
    name: 'Aisha Bello',
    title: 'Senior ML Engineer',
    level: Level.SENIOR,
    specialty: 'ML Engineering',
    manager: 'jonas',
    describe: "senior on Jonas's team, growing toward Lead",
  }),
  person({
    key: 'kenji',
    name: 'Kenji Mori',
    title: 'ML Engineer',
    level: Level.MID,
    specialty: 'ML Engineering',
    manager: 'jonas',
    describe: "mid-level, on Jonas's team",
  }),
  person({
    key: 'tomas',
    name: 'Tomás Ruiz',
    title: 'Junior ML Engineer',
    level: Level.JUNIOR,
    specialty: 'ML Engineering',
    manager: 'jonas',
    describe: "junior, on Jonas's team",
  }),
];
