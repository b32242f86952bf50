import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf } from '../../test/json.ts';
import { signInWithOAuth } from '../../test/oauth.ts';
import { demoBasicAuth, startTestSimulator } from '../../test/simulator.ts';
import { NIMBUS_SITE, ORBIT_SITE, type RunningSimulator } from '../index.ts';

describe('jira project endpoint', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  afterAll(() => simulator.close());

  const getProject = (cloudId: string, key: string, authorization?: string) =>
    fetch(`${simulator.url}/ex/jira/${cloudId}/rest/api/3/project/${key}`, {
      headers: authorization ? { Authorization: authorization } : {},
    });

  it('returns project type with basic', async () => {
    const cases: Array<[string, string, string]> = [
      [NIMBUS_SITE.cloudId, 'NIM', 'software'],
      [NIMBUS_SITE.cloudId, 'MKT', 'business'],
      [NIMBUS_SITE.cloudId, 'OPS', 'service_desk'],
      [NIMBUS_SITE.cloudId, 'IDEA', 'product_discovery'],
      [ORBIT_SITE.cloudId, 'DISC', 'product_discovery'],
      [ORBIT_SITE.cloudId, 'CARE', 'customer_service'],
    ];
    for (const [cloudId, key, projectTypeKey] of cases) {
      const response = await getProject(cloudId, key, demoBasicAuth(simulator));
      const body = await jsonOf(response);

      expect(response.status, key).toBe(200);
      expect(body.key, key).toBe(key);
      expect(body.projectTypeKey, key).toBe(projectTypeKey);
      expect(typeof body.name, key).toBe('string');
    }
  });

  it('returns project with bearer', async () => {
    const { access_token: token } = await signInWithOAuth(simulator);

    const response = await getProject(ORBIT_SITE.cloudId, 'ORB', `Bearer ${token}`);

    expect(response.status).toBe(200);
    expect((await jsonOf(response)).projectTypeKey).toBe('software');
  });

  it('unknown project gets 404', async () => {
    const response = await getProject(NIMBUS_SITE.cloudId, 'ORB', demoBasicAuth(simulator));

    expect(response.status).toBe(404);
    expect((await jsonOf(response)).errorMessages[0]).toContain("'ORB'");
  });

  it('unknown site gets 404', async () => {
    const response = await getProject(
      '00000000-0000-0000-0000-000000000000',
      'NIM',
      demoBasicAuth(simulator),
    );

    expect(response.status).toBe(404);
  });

  it('missing credentials get 401', async () => {
    const response = await getProject(NIMBUS_SITE.cloudId, 'NIM');

    expect(response.status).toBe(401);
  });

  it('bearer without jira scope gets 403', async () => {
    const { access_token: token } = await signInWithOAuth(
      simulator,
      'read:me read:page:confluence',
    );

    const response = await getProject(NIMBUS_SITE.cloudId, 'NIM', `Bearer ${token}`);

    expect(response.status).toBe(403);
  });
});
