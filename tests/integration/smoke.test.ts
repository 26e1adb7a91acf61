import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, TestClient } from '../support/client';
import { addMember, createOrg, PERSON_FIELDS } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('a signed-up organization', () => {
  it('signs up, adds a person, invites and accepts', async () => {
    const org = await createOrg(server.url, 'Smoke');
    const member = await addMember(org, { managerId: org.adminPersonId });
    const { viewer } = await member.client.ok(`{ viewer { role person { ${PERSON_FIELDS} } } }`);
    expect(viewer.role).toBe('MEMBER');
    expect(viewer.person.id).toBe(member.id);
    expect(viewer.person.manager.id).toBe(org.adminPersonId);
    expect(viewer.person.hasAccount).toBe(true);
    const anonymous = new TestClient(server.url);
    expect(await anonymous.ok('{ viewer { role } }')).toEqual({ viewer: null });
    expect(errorCode(await anonymous.gql('{ people { totalCount } }'))).toBe('UNAUTHENTICATED');
  });
});
