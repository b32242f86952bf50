import { describe, expect, it } from 'vitest';

import { parseMyNotificationsPage } from '../atlassian/feed.ts';
import type { NotificationItem } from '../atlassian/feed-schema.ts';
import { feedNode, feedResponse, type NodeOptions } from '../atlassian/fixtures/feed-nodes.ts';
import { classifyActorKind, classifyEngagement } from './classify.ts';
import type { ProductSlug } from './notification.ts';

/** Validates a node the way the feed does and returns its notification item. */
function item(
  options: Partial<NodeOptions>,
  extra: Record<string, unknown> = {},
): NotificationItem {
  const node = feedNode({ id: 'n', ...options });
  const head = node.headNotification as { content: Record<string, unknown> };
  Object.assign(head.content, extra);
  const [parsed] = parseMyNotificationsPage(feedResponse([node])).items;
  if (!parsed) {
    return expect.fail('the node did not validate');
  }
  return parsed.headNotification;
}

describe('classifyEngagement', () => {
  it.each([
    ['jira:comment-mention', 'Priya Raman updated NIM-1', 'mention'],
    ['confluence:blogpost-reaction', 'Yuki Tanaka liked a post', 'reaction'],
    ['jira:comment-reaction', 'Priya commented and reacted', 'reaction'],
    ['jsm:request-comment', 'Lena Fischer updated OPS-88', 'comment'],
    ['jira:comment-reply', 'Noah Brooks did something', 'comment'],
  ])('reads type %s', (type, message, expected) => {
    expect(classifyEngagement(item({ type, message }))).toBe(expected);
  });

  it('reads a quoted body as a reply', () => {
    const reply = item(
      { type: 'jira:issue-updated', message: 'Noah Brooks updated ORB-77' },
      { bodyItems: [{ appearance: 'PRIMARY' }, { appearance: 'QUOTED' }] },
    );

    expect(classifyEngagement(reply)).toBe('comment');
  });

  it.each([
    ['Priya Raman mentioned you on NIM-142', 'mention'],
    ['Noah Brooks replied to your comment on ORB-77', 'comment'],
    ['Lena Fischer commented on NIM-128', 'comment'],
    ['Grace Hopper reacted 👍 to your comment', 'reaction'],
    ['Sam Okafor assigned NIM-150 to you', null],
  ])('falls back to the message %s', (message, expected) => {
    expect(classifyEngagement(item({ type: 'generic-update', message }))).toBe(expected);
  });
});

describe('classifyActorKind', () => {
  function kind(
    actor: NodeOptions['actor'],
    product: ProductSlug = 'jira',
    message = 'Ada updated an item',
    ari?: string,
  ) {
    const notification = item({ actor, message });
    if (ari && notification.content.actor) {
      notification.content.actor.ari = ari;
    }
    return classifyActorKind(notification, product);
  }

  it('reads app and agent ARIs', () => {
    expect(kind({ displayName: 'Deploy Bot' }, 'jira', 'x', 'ari:cloud:ecosystem::app/abc')).toBe(
      'automation',
    );
    expect(kind({ displayName: 'Helper' }, 'jira', 'x', 'ari:cloud:rovo::agent/123')).toBe('rovo');
  });

  it('ignores user ARIs', () => {
    const ari = 'ari:cloud:identity::user/557058:abc';

    expect(kind({ displayName: 'Automation for Jira' }, 'jira', 'x', ari)).toBe('automation');
    expect(kind({ displayName: 'Ada Lovelace' }, 'jira', 'x', ari)).toBe('user');
  });

  it('reads names and products', () => {
    expect(kind({ displayName: 'Automation for Confluence' })).toBe('automation');
    expect(kind({ displayName: null, avatarURL: null })).toBe('automation');
    expect(kind(null)).toBe('automation');
    expect(kind({ displayName: 'Rovo Dev' })).toBe('rovo');
    expect(kind({ displayName: 'Ada Lovelace' }, 'rovo_dev')).toBe('rovo');
    expect(kind({ displayName: 'Compass' }, 'compass', 'payments-api is failing a scorecard')).toBe(
      'automation',
    );
    expect(kind({ displayName: 'Mateo' }, 'bitbucket', 'Rovo Dev has created a pull request')).toBe(
      'rovo',
    );
    expect(kind({ displayName: 'Rovoria Smith' })).toBe('user');
  });
});
