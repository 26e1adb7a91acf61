import { randomUUID } from 'node:crypto';
import { TestClient } from './client';

export const PASSWORD = 'correct horse battery staple';

export const VIEWER_FIELDS = `role person { id name email } organization { id name defaultWeeklyHours }`;
export const PERSON_FIELDS = `id name email title level track specialty hasAccount manager { id } reports { id }`;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

export interface Org {
  admin: TestClient;
  adminPersonId: string;
  organizationId: string;
  baseUrl: string;
}

/** Signs up a new organization; the returned client is its signed-in admin. */
export async function createOrg(baseUrl: string, name = 'Org'): Promise<Org> {
  const admin = new TestClient(baseUrl);
  const { signUp } = await admin.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { ${VIEWER_FIELDS} } }`, {
    input: {
      email: uniqueEmail('admin'),
      password: PASSWORD,
      name: `${name} Admin`,
      organizationName: name,
    },
  });
  return {
    admin,
    adminPersonId: signUp.person.id,
    organizationId: signUp.organization.id,
    baseUrl,
  };
}

export interface NewPerson {
  name?: string;
  email?: string | null;
  title?: string;
  level?: string;
  track?: string;
  specialty?: string;
  managerId?: string | null;
}

/** Adds a person through the API as `by` (an admin or a manager). */
export async function addPerson(by: TestClient, person: NewPerson = {}): Promise<{ id: string; email: string | null }> {
  const input = {
    name: person.name ?? `Person ${randomUUID().slice(0, 6)}`,
    email: person.email === undefined ? uniqueEmail('person') : person.email,
    title: person.title ?? 'Data Scientist',
    level: person.level ?? 'SENIOR',
    track: person.track ?? 'INDIVIDUAL_CONTRIBUTOR',
    specialty: person.specialty ?? 'Data Science',
    managerId: person.managerId ?? null,
  };
  const { addPerson: added } = await by.ok(
    `mutation($input: AddPersonInput!) { addPerson(input: $input) { id email } }`,
    { input },
  );
  return added;
}

/** Invites a person as `by` and accepts as them; returns their signed-in client. */
export async function inviteAndAccept(by: TestClient, personId: string): Promise<TestClient> {
  const { invitePerson } = await by.ok(`mutation($id: ID!) { invitePerson(personId: $id) { acceptUrl } }`, {
    id: personId,
  });
  const token = new URL(invitePerson.acceptUrl).pathname.split('/').pop()!;
  const member = new TestClient(by.baseUrl);
  await member.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }`, {
    input: { token, password: PASSWORD },
  });
  return member;
}

/** A person added and signed in, placed under `managerId`. */
export async function addMember(org: Org, person: NewPerson = {}): Promise<{ id: string; client: TestClient }> {
  const { id } = await addPerson(org.admin, person);
  return { id, client: await inviteAndAccept(org.admin, id) };
}
