import { describe, expect, it } from 'vitest';

import { parseMyNotificationsPage } from '../atlassian/feed.ts';
import type { HeadItem } from '../atlassian/feed-schema.ts';
import {
  emojiNode,
  feedNode,
  feedResponse,
  longTextNode,
  markupNode,
  systemNoticeNode,
} from '../atlassian/fixtures/feed-nodes.ts';
import { notificationsPageUrl } from './links.ts';
import { toNotification, unknownActorName } from './to-notification.ts';

/** Parses nodes the way the feed does, so the model is built from validated items. */
function headItems(...nodes: unknown[]): HeadItem[] {
  return parseMyNotificationsPage(feedResponse(nodes)).items;
}

function only(node: unknown): HeadItem {
  const [item] = headItems(node);
  if (!item) {
    return expect.fail('the node did not validate');
  }
  return item;
}

describe('toNotification', () => {
  it('builds the model from a Jira item', () => {
    const item = only(
      feedNode({
        id: 'n1',
        cloudId: 'cloud-1',
        groupSize: 3,
        additionalActors: [{ displayName: 'Grace', avatarURL: null }],
      }),
    );

    const notification = toNotification(item, { accountId: 'acc-1' });

    expect(notification).toEqual({
      id: 'n1',
      accountId: 'acc-1',
      groupId: 'group-n1',
      groupSize: 3,
      additionalActors: [{ displayName: 'Grace', avatarUrl: null }],
      timestamp: '2026-03-02T10:00:00.000Z',
      readState: 'unread',
      category: 'direct',
      product: 'jira',
      type: 'jira-issue-assigned',
      message: 'Ada Lovelace assigned you an issue',
      actor: {
        displayName: 'Ada Lovelace',
        avatarUrl: 'https://avatar-management.example/ada.png',
      },
      entity: {
        title: 'ABC-123 Fix login',
        url: 'https://example-site.atlassian.net/browse/ABC-123',
        iconUrl: null,
      },
      path: {
        title: 'ABC-123 Fix login',
        url: 'https://example-site.atlassian.net/browse/ABC-123',
        iconUrl: null,
      },
      url: 'https://example-site.atlassian.net/browse/ABC-123',
      cloudId: 'cloud-1',
      openUrl: 'https://example-site.atlassian.net/browse/ABC-123',
      openUrlSource: 'entity',
      engagement: null,
      actorKind: 'user',
      scope: null,
    });
  });

  it('handles a system notice with nulls', () => {
    const notification = toNotification(only(systemNoticeNode), { accountId: 'acc-1' });

    expect(notification.actor.displayName).toBe(unknownActorName);
    expect(notification.actor.avatarUrl).toBeNull();
    expect(notification.entity).toBeNull();
    expect(notification.path).toBeNull();
    expect(notification.url).toBeNull();
    expect(notification.product).toBe('unknown');
    expect(notification.message).toBe('Your site will be upgraded');
    expect(notification.openUrl).toBe(notificationsPageUrl);
  });

  it('never shows null as a name', () => {
    const item = only(
      feedNode({
        id: 'n',
        actor: null,
        path: null,
        additionalActors: [null as never, { displayName: '  ' }],
      }),
    );

    const notification = toNotification(item, { accountId: 'acc-1' });

    expect(notification.actor.displayName).toBe('Someone');
    expect(notification.additionalActors.map((actor) => actor.displayName)).toEqual([
      'Someone',
      'Someone',
    ]);
    expect(JSON.stringify(notification)).not.toContain('"null"');
  });

  it('uses the first non-null path item', () => {
    const item = only(
      feedNode({
        id: 'n',
        path: [
          null as never,
          { title: 'Space A', url: 'https://example-site.atlassian.net/wiki/spaces/A' },
        ],
      }),
    );

    expect(toNotification(item, { accountId: 'a' }).path?.title).toBe('Space A');
  });

  it('falls back through candidate URLs', () => {
    const emptyEntityUrl = feedNode({
      id: 'live-doc',
      attributes: { registrationProduct: 'confluence' },
      url: null,
      entity: { title: 'Team plan', url: '', iconUrl: null },
      path: [
        {
          title: 'Space A',
          url: 'https://example-site.atlassian.net/wiki/spaces/A',
          iconUrl: null,
        },
      ],
    });
    const foreignEntity = feedNode({
      id: 'foreign',
      entity: { title: 'x', url: 'https://evil.example/phish' },
      url: 'https://example-site.atlassian.net/browse/ABC-9',
    });
    const insecure = feedNode({
      id: 'http',
      entity: { url: 'http://example-site.atlassian.net/x' },
      url: null,
      path: [],
    });

    const [liveDoc, foreign, http] = headItems(emptyEntityUrl, foreignEntity, insecure).map(
      (item) => toNotification(item, { accountId: 'a' }),
    );

    expect(liveDoc?.entity?.url).toBeNull();
    expect(liveDoc?.openUrl).toBe('https://example-site.atlassian.net/wiki/spaces/A');
    expect(liveDoc?.openUrlSource).toBe('path');
    expect(foreign?.openUrl).toBe('https://example-site.atlassian.net/browse/ABC-9');
    expect(foreign?.openUrlSource).toBe('notification');
    expect(http?.openUrl).toBe(notificationsPageUrl);
    expect(http?.openUrlSource).toBe('notifications-page');
  });

  it('falls back to the site root', () => {
    const noLinks = feedNode({ id: 'n', cloudId: 'cloud-1', url: null, entity: null, path: [] });
    const options = { accountId: 'a', siteHostFor: () => 'example-site.atlassian.net' };

    const withSite = toNotification(only(noLinks), options);
    const withoutSite = toNotification(only(noLinks), { accountId: 'a' });

    expect(withSite.openUrl).toBe('https://example-site.atlassian.net/');
    expect(withSite.openUrlSource).toBe('site');
    expect(withoutSite.openUrlSource).toBe('notifications-page');
  });

  it('marks the scope it came from', () => {
    const notification = toNotification(only(feedNode({ id: 'n', cloudId: 'own' })), {
      accountId: 'a',
      scopeCloudId: 'scope-cloud',
    });

    expect(notification.scope).toBe('scope-cloud');
    expect(notification.cloudId).toBe('own');
  });

  it('takes cloudId from the scope', () => {
    const notification = toNotification(only(feedNode({ id: 'n' })), {
      accountId: 'a',
      scopeCloudId: 'scope-cloud',
    });

    expect(notification.cloudId).toBe('scope-cloud');
  });

  it('keeps markup text literal', () => {
    const notification = toNotification(only(markupNode), { accountId: 'a' });

    expect(notification.message).toBe('R&D review <b>needed</b> for A<B & C>D');
    expect(notification.entity?.title).toBe(
      '<img src=x onerror=alert(1)> Q&A <script>alert(1)</script>',
    );
  });

  it('keeps emoji and long text whole', () => {
    const [emoji, long] = headItems(emojiNode, longTextNode).map((item) =>
      toNotification(item, { accountId: 'a' }),
    );

    expect(emoji?.message).toBe('Grace Hopper reacted 👍🏽 to your comment 👨‍👩‍👧‍👦🇳🇿');
    expect(emoji?.product).toBe('confluence');
    expect(long?.message.length).toBeGreaterThan(6000);
  });

  it('infers every product from recorded attributes', () => {
    const products = {
      bitbucket: { registrationProduct: 'bitbucket' },
      compass: { registrationProduct: 'compass' },
      confluence: { registrationProduct: 'confluence' },
      home: { registrationProduct: 'team-central' },
      jira: { registrationProduct: 'jira', subProduct: 'software' },
      jira_service_management: { registrationProduct: 'jira', subProduct: 'servicedesk' },
      rovo: { registrationProduct: 'rovo' },
      teams: { registrationProduct: 'people-and-teams-collective' },
      unknown: { registrationProduct: 'loom' },
    };
    const nodes = Object.entries(products).map(([id, attributes]) => feedNode({ id, attributes }));
    nodes.push(
      feedNode({
        id: 'rovo_dev',
        attributes: { registrationProduct: 'post-office' },
        message: 'Rovo Dev session is waiting for your input',
      }),
    );

    for (const item of headItems(...nodes)) {
      expect(toNotification(item, { accountId: 'a' }).product).toBe(
        item.headNotification.notificationId,
      );
    }
  });
});
