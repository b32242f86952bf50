import type { Site } from '../accounts/types.ts';
import { iconDataUri } from './images.ts';
import { commentBody, link, type SeedSpec } from './item-builder.ts';
import { PEOPLE } from './people.ts';
import { NIMBUS_SITE, ORBIT_SITE } from './sites.ts';

const CONFLUENCE = { registrationProduct: 'confluence' };

/** Entity, path and link of a Confluence page in a space. */
function page(site: Site, spaceKey: string, spaceName: string, id: number, title: string) {
  const url = `${site.url}/wiki/spaces/${spaceKey}/pages/${id}/${encodeURIComponent(title).replaceAll('%20', '+')}`;
  return {
    url,
    entity: link(title, url, iconDataUri('page')),
    path: [link(spaceName, `${site.url}/wiki/spaces/${spaceKey}`, null)],
    entityObjectId: `ari:cloud:confluence:${site.cloudId}:page/${id}`,
  };
}

const adrPage = page(NIMBUS_SITE, 'ENG', 'Engineering', 98417, 'Architecture decision records');

// A comment of well over 2,000 characters, as long review threads produce.
const LONG_COMMENT = Array.from(
  { length: 24 },
  (_, index) =>
    `Point ${index + 1}: the retry budget, the alert thresholds and the runbook links all need another pass before we call this incident closed.`,
).join(' ');

/** Confluence pages, comments, shares, reactions and a live doc without links. */
export const CONFLUENCE_SEEDS: SeedSpec[] = [
  {
    seq: 20,
    minutesAgo: 12,
    site: NIMBUS_SITE,
    type: 'confluence:page-mention',
    message: 'Priya Raman mentioned you on the page Q3 launch plan',
    ...page(NIMBUS_SITE, 'ENG', 'Engineering', 98310, 'Q3 launch plan'),
    actor: PEOPLE.priya,
    attributes: CONFLUENCE,
  },
  {
    seq: 21,
    minutesAgo: 130,
    site: ORBIT_SITE,
    type: 'confluence:page-shared',
    message: 'Sam Okafor shared a page with you',
    ...page(ORBIT_SITE, 'PEOPLE', 'People Ops', 40211, 'Onboarding checklist'),
    actor: PEOPLE.sam,
    attributes: CONFLUENCE,
  },
  ...(
    [
      [22, 200, PEOPLE.lena, 'unread'],
      [23, 210, PEOPLE.mateo, 'unread'],
      [24, 220, PEOPLE.noah, 'read'],
      [25, 230, PEOPLE.yuki, 'unread'],
      [26, 250, PEOPLE.priya, 'read'],
    ] as const
  ).map(
    ([seq, minutesAgo, actor, readState]): SeedSpec => ({
      seq,
      minutesAgo,
      readState,
      site: NIMBUS_SITE,
      groupKey: 'adr-page-comments',
      category: 'watching',
      type: 'confluence:page-comment',
      message: `${actor.displayName} commented on the page Architecture decision records`,
      ...adrPage,
      actor,
      attributes: CONFLUENCE,
    }),
  ),
  {
    // A live doc that has no links even when the query selects bodyItems: no content URL and an
    // empty entity URL.
    seq: 27,
    minutesAgo: 800,
    site: NIMBUS_SITE,
    type: 'confluence:live-doc-edit',
    message: 'Lena Fischer edited the live doc Team plan',
    url: null,
    entity: link('Team plan', '', null),
    path: [link('Engineering', `${NIMBUS_SITE.url}/wiki/spaces/ENG`, null)],
    actor: PEOPLE.lena,
    attributes: CONFLUENCE,
  },
  {
    seq: 28,
    minutesAgo: 1500,
    site: ORBIT_SITE,
    readState: 'read',
    type: 'confluence:blogpost-reaction',
    message: 'Yuki Tanaka reacted 🎉 to your blog post Shipping the new billing page 🚀',
    ...page(ORBIT_SITE, 'BLOG', 'Orbit Blog', 51877, 'Shipping the new billing page 🚀'),
    actor: PEOPLE.yuki,
    attributes: CONFLUENCE,
  },
  {
    seq: 29,
    minutesAgo: 1100,
    site: ORBIT_SITE,
    category: 'watching',
    type: 'confluence:page-comment',
    message: `Noah Brooks commented on Incident review 2026-02: "${LONG_COMMENT}"`,
    ...page(ORBIT_SITE, 'SRE', 'Site Reliability', 60992, 'Incident review 2026-02'),
    actor: PEOPLE.noah,
    attributes: CONFLUENCE,
    bodyItems: commentBody(LONG_COMMENT, PEOPLE.noah),
  },
  {
    // A live doc with links; they disappear when the feed query does not select bodyItems.
    seq: 46,
    minutesAgo: 320,
    site: NIMBUS_SITE,
    type: 'confluence:live-doc-mention',
    message: 'Priya Raman mentioned you in the live doc Roadmap 2027',
    ...page(NIMBUS_SITE, 'ENG', 'Engineering', 99102, 'Roadmap 2027'),
    actor: PEOPLE.priya,
    attributes: CONFLUENCE,
  },
];
