import type { Message } from './types.ts';

/** English, the reference catalog. Every other language has exactly these keys. */
export const en = {
  'app.name': 'Atlassify',
  'app.demo': 'Demo',
  'app.demoLabel': 'Running against the built-in Atlassian simulator',
  'app.loading': 'Loading Atlassify…',
  'app.loadFailed': 'Atlassify could not load its data',
  'app.retry': 'Try again',
  'app.reconnecting': 'The connection to the Atlassify engine was lost. Reconnecting…',
  'app.dismiss': 'Dismiss',
  'app.newWindow': '(opens new window)',
  'nav.label': 'Main',
  'nav.refresh': 'Refresh',
  'nav.accounts': 'Accounts',
  'nav.notifications': 'Notifications',

  'login.welcome': 'Welcome to Atlassify',
  'login.tagline':
    'Your Atlassian Cloud notifications on the desktop. Sign in to an Atlassian account to get started.',
  'login.addAccount': 'Add account',
  'login.cancel': 'Cancel',
  'login.tabApiToken': 'API Token',
  'login.tabOAuth': 'OAuth (SSO)',
  'login.failed': 'Sign-in failed',

  'apiToken.intro': 'Sign in with the email of your Atlassian account and an API token.',
  'apiToken.email': 'Email',
  'apiToken.token': 'API token',
  'apiToken.create': 'Create API token',
  'apiToken.submit': 'Sign in',
  'apiToken.emailMissing': 'Enter the email of your Atlassian account.',
  'apiToken.tokenMissing': 'Enter an API token.',

  'oauth.intro':
    'Sign in through your browser with an OAuth 2.0 app that you create in the Atlassian Developer Console.',
  'oauth.clientId': 'Client ID',
  'oauth.clientSecret': 'Client Secret',
  'oauth.secretSaved': 'Saved',
  'oauth.secretSavedHelp': 'A secret is saved. Leave the field empty to keep it.',
  'oauth.submit': 'Sign in with Atlassian',
  'oauth.clientIdMissing': 'Enter the Client ID of your OAuth app.',
  'oauth.clientSecretMissing': 'Enter the Client Secret of your OAuth app.',
  'oauth.settingsFailed': 'The OAuth settings could not be loaded',
  'oauth.notConfigured': 'OAuth Client ID not configured',
  'oauth.notConfiguredBody': 'Create an OAuth app once, then enter its Client ID and Secret below:',
  'oauth.stepConsole': 'Go to the {console}.',
  'oauth.consoleLink': 'Atlassian Developer Console',
  'oauth.stepCreate': 'Select Create → OAuth 2.0 integration.',
  'oauth.stepScopes':
    "Under Permissions, add the scopes {scopes}. read:jira-work is needed because Atlassian's notifications API requires it.",
  'oauth.stepCallback': 'Under Authorization, set the Callback URL to {callbackUrl}.',
  'oauth.stepSave': 'Select Save.',
  'oauth.stepCopy':
    'In Settings, copy the Client ID and the Secret. Atlassian requires the client secret.',
  'oauth.waiting': 'Continue in your browser…',
  'oauth.waitingBody': 'Sign in to Atlassian in the browser window that opened and allow access.',
  'oauth.openSignInPage': 'Open the sign-in page',
  'oauth.cancel': 'Cancel',
  'oauth.exchanging': 'Finishing sign-in…',
  'oauth.failed': 'OAuth sign-in failed',
  'oauth.troubleshooting': 'Troubleshooting',
  'oauth.troubleshootingCallback':
    "Authentication window doesn't redirect back? Make sure the callback URL in your OAuth app is exactly {callbackUrl}.",
  'oauth.troubleshootingFallback':
    'You can always fall back to API Token authentication using the first tab.',

  'notifications.title': 'Notifications',
  'notifications.unread': {
    one: '{count} unread notification',
    other: '{count} unread notifications',
  },
  'notifications.items': { one: '{count} notification', other: '{count} notifications' },
  'notifications.loading': 'Loading notifications…',
  'notifications.allCaughtUp': 'All caught up',
  'notifications.allCaughtUpBody': 'This account has no unread notifications.',
  'notifications.feedFailed': 'Notifications could not be updated',
  'notifications.lastGood': 'Showing the list from {time}.',
  'notifications.hasMore': 'Atlassian has more unread notifications than are shown here.',
  'notifications.markRead': 'Mark as read',
  'notifications.markUnread': 'Mark as unread',
  'notifications.updateFailed': 'The notification could not be updated',
  'notifications.openFailed': 'The notification could not be opened',
  'notifications.refreshFailed': 'Refresh failed',
  'notifications.groupFrom': {
    one: '+{count} update from {actor}',
    other: '+{count} updates from {actor}',
  },
  'notifications.groupOther': { one: '+{count} other update', other: '+{count} other updates' },

  'accounts.title': 'Accounts',
  'accounts.add': 'Add account',
  'accounts.signOut': 'Sign out',
  'accounts.signOutConfirm':
    'Sign out of {email}? Atlassify deletes the credentials it stored for this account.',
  'accounts.signOutCancel': 'Cancel',
  'accounts.signOutFailed': 'Sign-out failed',
  'accounts.signInMethod': 'Sign-in method',
  'accounts.apiToken': 'API token',
  'accounts.oauth': 'OAuth',
  'accounts.sites': 'Sites',
  'accounts.allSites': 'All sites this account can reach',
  'accounts.status': 'Status',
  'accounts.statusOk': 'Connected',
  'accounts.statusSignInRequired': 'Sign-in required',
  'accounts.statusSignInRequiredBody':
    'Atlassian rejected the stored credentials. Sign in again; the account and its settings are kept.',
  'accounts.statusNotificationsUnavailable': 'Notifications unavailable',
  'accounts.statusNotificationsUnavailableBody':
    'Atlassian does not let this OAuth sign-in read notifications. Add an API token for the same account to see them; the account and its settings are kept.',
  'accounts.fileStore': 'Stored in a plain file, not the system keychain',
  'accounts.scopes': 'Granted scopes',
  'accounts.signInAgain': 'Sign in again',
  'accounts.addApiToken': 'Add an API token for this account',
  'notifications.oauthRefused': 'Atlassian does not let this OAuth sign-in read notifications',
  'notifications.oauthRefusedBody':
    'Add an API token for the same account to see its notifications. The account and its settings are kept.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

/** A translation with every key of the English catalog. */
export type Catalog = Record<MessageKey, Message>;
