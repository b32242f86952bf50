import { NIMBUS_SITE, ORBIT_SITE } from './sites.ts';

/** Jira REST `projectTypeKey` values. */
export type ProjectTypeKey =
  | 'business'
  | 'customer_service'
  | 'product_discovery'
  | 'service_desk'
  | 'software';

export interface JiraProject {
  cloudId: string;
  id: string;
  key: string;
  name: string;
  projectTypeKey: ProjectTypeKey;
}

/** Fixture Jira projects; the seeded notifications refer to them by key. */
export const SEEDED_PROJECTS: readonly JiraProject[] = [
  {
    cloudId: NIMBUS_SITE.cloudId,
    id: '10001',
    key: 'NIM',
    name: 'Nimbus Web',
    projectTypeKey: 'software',
  },
  {
    cloudId: NIMBUS_SITE.cloudId,
    id: '10002',
    key: 'MKT',
    name: 'Marketing',
    projectTypeKey: 'business',
  },
  {
    cloudId: NIMBUS_SITE.cloudId,
    id: '10003',
    key: 'OPS',
    name: 'IT Operations',
    projectTypeKey: 'service_desk',
  },
  {
    cloudId: NIMBUS_SITE.cloudId,
    id: '10004',
    key: 'IDEA',
    name: 'Product Ideas',
    projectTypeKey: 'product_discovery',
  },
  {
    cloudId: ORBIT_SITE.cloudId,
    id: '20001',
    key: 'ORB',
    name: 'Orbit Platform',
    projectTypeKey: 'software',
  },
  {
    cloudId: ORBIT_SITE.cloudId,
    id: '20002',
    key: 'HELP',
    name: 'Customer Help',
    projectTypeKey: 'service_desk',
  },
  {
    cloudId: ORBIT_SITE.cloudId,
    id: '20003',
    key: 'DISC',
    name: 'Discovery',
    projectTypeKey: 'product_discovery',
  },
  {
    cloudId: ORBIT_SITE.cloudId,
    id: '20004',
    key: 'CARE',
    name: 'Customer Care',
    projectTypeKey: 'customer_service',
  },
];
