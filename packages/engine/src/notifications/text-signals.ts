import type { ActorKind, Engagement } from './notification.ts';

/**
 * Every rule that reads the English wording of a notification lives here. They are fallbacks:
 * callers try structured fields (`content.type`, `bodyItems`, actor ARIs, analytics attributes)
 * first. The phrases are the ones Atlassian's cloud products send in `content.message` and
 * `content.actor.displayName`, as the closest existing client (setchy/atlassify) matches them.
 */

/**
 * Reads the engagement from the message text. " mentioned " is Jira's and Confluence's "X
 * mentioned you on …"; " replied " and " commented " are comment and reply notices; "reacted … to
 * your" is a reaction to the user's comment or page.
 */
export function engagementFromMessage(message: string): Engagement | null {
  const text = ` ${message.toLowerCase()} `;
  if (text.includes(' mentioned ')) {
    return 'mention';
  }
  if (/ reacted .*\bto your /.test(text)) {
    return 'reaction';
  }
  if (text.includes(' replied ') || text.includes(' commented ')) {
    return 'comment';
  }
  return null;
}

/**
 * Reads the actor kind from a display name, or returns null when the name says nothing. A missing
 * name is a system sender; "Automation for Jira" (and "… for Confluence") is Atlassian's rule
 * engine; "Rovo" and "Rovo Dev" are Atlassian's AI agents.
 */
export function actorKindFromName(displayName: string | null | undefined): ActorKind | null {
  const name = displayName?.trim().toLowerCase() ?? '';
  if (name === '' || name.startsWith('automation for ')) {
    return 'automation';
  }
  if (name === 'rovo' || name === 'rovo dev' || name.startsWith('rovo ')) {
    return 'rovo';
  }
  return null;
}

/** Compass sends scorecard results with "… a scorecard" in the message, from no person. */
export function isScorecardMessage(message: string): boolean {
  return message.toLowerCase().includes('a scorecard');
}

/** Rovo Dev opens Bitbucket pull requests with a message that starts with this phrase. */
export function isRovoDevPullRequestMessage(message: string): boolean {
  return message.trim().toLowerCase().startsWith('rovo dev has created a pull request');
}

/**
 * Tells Rovo Dev items apart among those of Atlassian's `post-office` sender, which carries no
 * product attribute of its own: a waiting session or a review of generated code.
 */
export function isRovoDevMessage(message: string): boolean {
  const text = message.trim().toLowerCase();
  return (
    text === 'rovo dev session is waiting for your input' || text.includes('ai generated code')
  );
}
