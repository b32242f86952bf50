import type { NotificationActor } from '../notifications/item-schema.ts';
import { avatarDataUri } from './images.ts';
import { seedUuid } from './item-builder.ts';
import { DEMO_ACCOUNT_ID } from './users.ts';

function person(name: string): NotificationActor {
  return {
    displayName: name,
    avatarURL: avatarDataUri(name),
    ari: `ari:cloud:identity::user/712020:${seedUuid(`person:${name}`)}`,
    actorType: null,
  };
}

/** Fixture colleagues and bots that appear as notification actors. */
export const PEOPLE = {
  dana: { ...person('Dana Demo'), ari: `ari:cloud:identity::user/${DEMO_ACCOUNT_ID}` },
  priya: person('Priya Raman'),
  sam: person('Sam Okafor'),
  lena: person('Lena Fischer'),
  mateo: person('Mateo Álvarez'),
  kai: person('Kai Mensah'),
  yuki: person('Yuki Tanaka'),
  noah: person('Noah Brooks'),
  jiraAutomation: person('Automation for Jira'),
  rovo: person('Rovo'),
  rovoDev: person('Rovo Dev'),
  compass: person('Compass'),
  /** An actor whose display name the feed omits, as system notifications do. */
  nameless: { displayName: null, avatarURL: null, ari: null, actorType: null },
} satisfies Record<string, NotificationActor>;
