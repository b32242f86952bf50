import type { Catalog } from './en.ts';

// Labels of the Atlassian Developer Console stay in English, because the console has no other
// language.
export const de: Catalog = {
  'app.name': 'Atlassify',
  'app.demo': 'Demo',
  'app.demoLabel': 'Läuft mit dem eingebauten Atlassian-Simulator',
  'app.loading': 'Atlassify wird geladen…',
  'app.loadFailed': 'Atlassify konnte seine Daten nicht laden',
  'app.retry': 'Erneut versuchen',
  'app.reconnecting': 'Die Verbindung zur Atlassify-Engine wurde unterbrochen. Neuer Versuch…',
  'app.dismiss': 'Schließen',
  'app.newWindow': '(öffnet ein neues Fenster)',
  'nav.label': 'Hauptnavigation',
  'nav.refresh': 'Aktualisieren',
  'nav.accounts': 'Konten',
  'nav.notifications': 'Benachrichtigungen',

  'login.welcome': 'Willkommen bei Atlassify',
  'login.tagline':
    'Ihre Atlassian-Cloud-Benachrichtigungen auf dem Desktop. Melden Sie sich zuerst mit einem Atlassian-Konto an.',
  'login.addAccount': 'Konto hinzufügen',
  'login.cancel': 'Abbrechen',
  'login.tabApiToken': 'API-Token',
  'login.tabOAuth': 'OAuth (SSO)',
  'login.failed': 'Anmeldung fehlgeschlagen',

  'apiToken.intro':
    'Melden Sie sich mit der E-Mail-Adresse Ihres Atlassian-Kontos und einem API-Token an.',
  'apiToken.email': 'E-Mail',
  'apiToken.token': 'API-Token',
  'apiToken.create': 'API-Token erstellen',
  'apiToken.submit': 'Anmelden',
  'apiToken.emailMissing': 'Geben Sie die E-Mail-Adresse Ihres Atlassian-Kontos ein.',
  'apiToken.tokenMissing': 'Geben Sie ein API-Token ein.',

  'oauth.intro':
    'Melden Sie sich im Browser mit einer OAuth-2.0-App an, die Sie in der Atlassian Developer Console anlegen.',
  'oauth.clientId': 'Client-ID',
  'oauth.clientSecret': 'Client-Secret',
  'oauth.secretSaved': 'Gespeichert',
  'oauth.secretSavedHelp':
    'Ein Secret ist gespeichert. Lassen Sie das Feld leer, um es zu behalten.',
  'oauth.submit': 'Mit Atlassian anmelden',
  'oauth.clientIdMissing': 'Geben Sie die Client-ID Ihrer OAuth-App ein.',
  'oauth.clientSecretMissing': 'Geben Sie das Client-Secret Ihrer OAuth-App ein.',
  'oauth.settingsFailed': 'Die OAuth-Einstellungen konnten nicht geladen werden',
  'oauth.notConfigured': 'OAuth-Client-ID nicht konfiguriert',
  'oauth.notConfiguredBody':
    'Legen Sie einmalig eine OAuth-App an und tragen Sie dann deren Client-ID und Secret unten ein:',
  'oauth.stepConsole': 'Öffnen Sie die {console}.',
  'oauth.consoleLink': 'Atlassian Developer Console',
  'oauth.stepCreate': 'Wählen Sie „Create“ → „OAuth 2.0 integration“.',
  'oauth.stepScopes':
    'Fügen Sie unter „Permissions“ die Scopes {scopes} hinzu. read:jira-work ist nötig, weil die Benachrichtigungs-API von Atlassian ihn verlangt.',
  'oauth.stepCallback': 'Setzen Sie unter „Authorization“ die Callback URL auf {callbackUrl}.',
  'oauth.stepSave': 'Wählen Sie „Save“.',
  'oauth.stepCopy':
    'Kopieren Sie unter „Settings“ die Client-ID und das Secret. Atlassian verlangt das Client-Secret.',
  'oauth.waiting': 'Weiter im Browser…',
  'oauth.waitingBody':
    'Melden Sie sich im geöffneten Browserfenster bei Atlassian an und erlauben Sie den Zugriff.',
  'oauth.openSignInPage': 'Anmeldeseite öffnen',
  'oauth.cancel': 'Abbrechen',
  'oauth.exchanging': 'Anmeldung wird abgeschlossen…',
  'oauth.failed': 'OAuth-Anmeldung fehlgeschlagen',
  'oauth.troubleshooting': 'Fehlerbehebung',
  'oauth.troubleshootingCallback':
    'Das Anmeldefenster leitet nicht zurück? Prüfen Sie, ob die Callback URL Ihrer OAuth-App genau {callbackUrl} lautet.',
  'oauth.troubleshootingFallback':
    'Sie können jederzeit auf die Anmeldung mit API-Token im ersten Tab ausweichen.',

  'notifications.title': 'Benachrichtigungen',
  'notifications.unread': {
    one: '{count} ungelesene Benachrichtigung',
    other: '{count} ungelesene Benachrichtigungen',
  },
  'notifications.items': { one: '{count} Benachrichtigung', other: '{count} Benachrichtigungen' },
  'notifications.loading': 'Benachrichtigungen werden geladen…',
  'notifications.allCaughtUp': 'Alles erledigt',
  'notifications.allCaughtUpBody': 'Dieses Konto hat keine ungelesenen Benachrichtigungen.',
  'notifications.feedFailed': 'Die Benachrichtigungen konnten nicht aktualisiert werden',
  'notifications.lastGood': 'Angezeigt wird die Liste von {time}.',
  'notifications.hasMore':
    'Atlassian hat mehr ungelesene Benachrichtigungen, als hier angezeigt werden.',
  'notifications.markRead': 'Als gelesen markieren',
  'notifications.markUnread': 'Als ungelesen markieren',
  'notifications.updateFailed': 'Die Benachrichtigung konnte nicht geändert werden',
  'notifications.openFailed': 'Die Benachrichtigung konnte nicht geöffnet werden',
  'notifications.refreshFailed': 'Aktualisierung fehlgeschlagen',
  'notifications.groupFrom': {
    one: '+{count} Aktualisierung von {actor}',
    other: '+{count} Aktualisierungen von {actor}',
  },
  'notifications.groupOther': {
    one: '+{count} weitere Aktualisierung',
    other: '+{count} weitere Aktualisierungen',
  },

  'accounts.title': 'Konten',
  'accounts.add': 'Konto hinzufügen',
  'accounts.signOut': 'Abmelden',
  'accounts.signOutConfirm':
    'Von {email} abmelden? Atlassify löscht die für dieses Konto gespeicherten Anmeldedaten.',
  'accounts.signOutCancel': 'Abbrechen',
  'accounts.signOutFailed': 'Abmeldung fehlgeschlagen',
  'accounts.signInMethod': 'Anmeldeverfahren',
  'accounts.apiToken': 'API-Token',
  'accounts.oauth': 'OAuth',
  'accounts.sites': 'Sites',
  'accounts.allSites': 'Alle Sites, die dieses Konto erreicht',
  'accounts.status': 'Status',
  'accounts.statusOk': 'Verbunden',
  'accounts.statusSignInRequired': 'Anmeldung erforderlich',
  'accounts.statusSignInRequiredBody':
    'Atlassian hat die gespeicherten Anmeldedaten abgelehnt. Melden Sie sich erneut an; das Konto und seine Einstellungen bleiben erhalten.',
  'accounts.statusNotificationsUnavailable': 'Benachrichtigungen nicht verfügbar',
  'accounts.statusNotificationsUnavailableBody':
    'Atlassian erlaubt dieser OAuth-Anmeldung nicht, Benachrichtigungen zu lesen. Fügen Sie für dasselbe Konto ein API-Token hinzu, um sie zu sehen; das Konto und seine Einstellungen bleiben erhalten.',
  'accounts.fileStore':
    'In einer unverschlüsselten Datei gespeichert, nicht im Schlüsselbund des Systems',
  'accounts.scopes': 'Erteilte Berechtigungen',
  'accounts.signInAgain': 'Erneut anmelden',
  'accounts.addApiToken': 'API-Token für dieses Konto hinzufügen',
  'notifications.oauthRefused':
    'Atlassian erlaubt dieser OAuth-Anmeldung nicht, Benachrichtigungen zu lesen',
  'notifications.oauthRefusedBody':
    'Fügen Sie für dasselbe Konto ein API-Token hinzu, um seine Benachrichtigungen zu sehen. Das Konto und seine Einstellungen bleiben erhalten.',
};
