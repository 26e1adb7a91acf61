import { Level, Role, Track } from '@fulcrum/shared';

export interface DemoPerson {
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

export const PEOPLE: DemoPerson[] = [
  {
    key: 'maya',
    name: 'Maya Okafor',
    email: 'maya@northwind.example',
    title: 'Head of Data Science',
    level: Level.STAFF,
    track: Track.MANAGER,
    specialty: 'Data Science',
    role: Role.ADMIN,
    describe: 'manager and admin',
  },
  {
    key: 'sam',
    name: 'Sam Rivera',
    email: 'sam@northwind.example',
    title: 'Senior Data Scientist',
    level: Level.SENIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'Data Science',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'senior, growing toward Lead',
  },
  {
    key: 'priya',
    name: 'Priya Natarajan',
    email: 'priya@northwind.example',
    title: 'Data Scientist',
    level: Level.JUNIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'Analytics',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'junior',
  },
  {
    key: 'leo',
    name: 'Leo Martins',
    email: 'leo@northwind.example',
    title: 'ML Engineer',
    level: Level.JUNIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'ML Engineering',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'junior',
  },
  // The rest of Maya's organization (demo-team.ts): a second senior with a plan in trouble, a
  // junior, and a Lead's team one level down.
  {
    key: 'noor',
    name: 'Noor Haddad',
    email: 'noor@northwind.example',
    title: 'Senior Data Analyst',
    level: Level.SENIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'Analytics',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'senior, a plan with delegations at risk',
  },
  {
    key: 'ben',
    name: 'Ben Carter',
    email: 'ben@northwind.example',
    title: 'Data Analyst',
    level: Level.JUNIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'Analytics',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'junior',
  },
  {
    key: 'jonas',
    name: 'Jonas Weber',
    email: 'jonas@northwind.example',
    title: 'ML Engineering Lead',
    level: Level.LEAD,
    track: Track.MANAGER,
    specialty: 'ML Engineering',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'lead, manages the ML engineering team',
  },
  {
    key: 'aisha',
    name: 'Aisha Bello',
    email: 'aisha@northwind.example',
    title: 'Senior ML Engineer',
    level: Level.SENIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'ML Engineering',
    manager: 'jonas',
    role: Role.MEMBER,
    describe: "senior on Jonas's team, growing toward Lead",
  },
  {
    key: 'kenji',
    name: 'Kenji Mori',
    email: 'kenji@northwind.example',
    title: 'ML Engineer',
    level: Level.MID,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'ML Engineering',
    manager: 'jonas',
    role: Role.MEMBER,
    describe: "mid-level, on Jonas's team",
  },
  {
    key: 'tomas',
    name: 'Tomás Ruiz',
    email: 'tomas@northwind.example',
    title: 'Junior ML Engineer',
    level: Level.JUNIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'ML Engineering',
    manager: 'jonas',
    role: Role.MEMBER,
    describe: "junior, on Jonas's team",
  },
];
