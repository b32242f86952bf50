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
  'apiToken.emailInvalid':
    '„{email}“ ist keine E-Mail-Adresse. Geben Sie die E-Mail-Adresse Ihres Atlassian-Kontos ein.',
  'apiToken.tokenRejectedHint':
    'Prüfen Sie, ob die E-Mail-Adresse zum Konto des Tokens gehört. API-Tokens laufen nach spätestens einem Jahr ab; erstellen Sie mit „API-Token erstellen“ ein neues.',

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
  'app.cancel': 'Abbrechen',
  'app.stopped': 'Atlassify wurde beendet',
  'app.stoppedBody':
    'Die Engine läuft nicht mehr, daher zeigt dieses Fenster keine Neuigkeiten. Starten Sie sie mit {command} erneut.',
  'nav.filters': 'Filter',
  'nav.settings': 'Einstellungen',

  'landing.tagline': 'Ihre Atlassian-Cloud-Benachrichtigungen auf dem Desktop.',
  'landing.body':
    'Atlassify sammelt die Benachrichtigungen Ihrer Atlassian-Konten in einem Fenster: als gelesen markieren, nach Produkt gruppieren, filtern und neue als Desktop-Benachrichtigung erhalten. Ihre Zugangsdaten bleiben im Schlüsselbund des Systems.',
  'landing.products': 'Atlassian-Produkte',
  'landing.tryDemo': 'Demo ausprobieren',
  'landing.demoHelp':
    'Die Demo läuft mit einer eingebauten simulierten Atlassian Cloud in einem eigenen Zustandsordner. Sie verwendet kein echtes Konto.',
  'landing.demoFailed': 'Die Demo konnte nicht gestartet werden',

  'toolbar.label': 'Listenansicht',
  'toolbar.unreadOnly': 'Nur ungelesene',
  'toolbar.groupByProduct': 'Nach Produkt gruppieren',
  'toolbar.groupByTitle': 'Nach Titel gruppieren',
  'products.other': 'Sonstige',

  'notifications.categoryDirect': 'Direkt',
  'notifications.categoryWatching': 'Beobachtet',
  'notifications.expandGroup': 'Aktualisierungen dieser Gruppe anzeigen',
  'notifications.collapseGroup': 'Aktualisierungen dieser Gruppe ausblenden',
  'notifications.expandSection': '{name} aufklappen',
  'notifications.collapseSection': '{name} zuklappen',
  'notifications.groupFromOthers': {
    one: '+{count} Aktualisierung von {actor} und anderen',
    other: '+{count} Aktualisierungen von {actor} und anderen',
  },
  'notifications.emptyBody': 'Dieses Konto hat keine Benachrichtigungen.',
  'notifications.noMatches': 'Keine Benachrichtigung passt zu den Filtern',
  'notifications.noMatchesBody':
    'Setzen Sie die Filter zurück oder wählen Sie andere Werte unter Filter.',
  'notifications.markAllRead': 'Alle als gelesen markieren',
  'notifications.markAllReadTitle': 'Alle als gelesen markieren?',
  'notifications.markAllReadBody': {
    one: 'Die {count} ungelesene Benachrichtigung von {name} als gelesen markieren?',
    other: 'Alle {count} ungelesenen Benachrichtigungen von {name} als gelesen markieren?',
  },
  'notifications.markProductRead': 'Alle Benachrichtigungen des Produkts als gelesen markieren',
  'notifications.markReadFailed': {
    one: 'Die Benachrichtigung konnte nicht als gelesen markiert werden',
    other: '{count} Benachrichtigungen konnten nicht als gelesen markiert werden',
  },
  'notifications.markUnreadFailed': {
    one: 'Die Benachrichtigung konnte nicht als ungelesen markiert werden',
    other: '{count} Benachrichtigungen konnten nicht als ungelesen markiert werden',
  },
  'notifications.membersLoading': 'Aktualisierungen dieser Gruppe werden geladen…',
  'notifications.membersFailed': 'Die Aktualisierungen dieser Gruppe konnten nicht geladen werden',
  'notifications.membersSkipped': {
    one: '{count} Aktualisierung war nicht lesbar und wird nicht angezeigt.',
    other: '{count} Aktualisierungen waren nicht lesbar und werden nicht angezeigt.',
  },
  'notifications.openMember': 'Öffnen',
  'notifications.noLink': 'Kein Link verfügbar',
  'notifications.noLinkBody':
    'Diese Benachrichtigung hat keinen eigenen Link, daher wurde die Benachrichtigungsseite von Atlassian geöffnet. Sie bleibt ungelesen.',
  'notifications.offline': 'Atlassian ist nicht erreichbar',
  'notifications.offlineBody': 'Prüfen Sie die Netzwerkverbindung oder das VPN.',
  'notifications.rateLimited': 'Atlassian begrenzt die Anfragen',
  'notifications.rateLimitedBody': 'Atlassify wartet, wie Atlassian es verlangt.',
  'notifications.unavailable': 'Atlassian ist gerade nicht verfügbar',
  'notifications.unavailableBody': 'Das dauert meist nicht lange.',
  'notifications.retryingAt': 'Neuer Versuch um {time}.',
  'notifications.tryNow': 'Jetzt versuchen',
  'notifications.partialResults': 'Einige Benachrichtigungen fehlen',
  'notifications.partialResultsSite':
    'Atlassian hat die Benachrichtigungen von {site} nicht geliefert. Die übrigen werden angezeigt.',
  'notifications.partialResultsUnknown':
    'Atlassian hat nur einen Teil der Liste geliefert. Dieser Teil wird angezeigt.',

  'filters.title': 'Filter',
  'filters.intro':
    'Zeigen Sie nur die Benachrichtigungen, die Sie auswählen. Werte einer Gruppe erweitern die Liste, Gruppen schränken sie ein. Die Zahlen nennen die Zeilen, die ein Wert zeigen würde.',
  'filters.clear': 'Filter zurücksetzen',
  'filters.failed': 'Die Filter konnten nicht gespeichert werden',
  'filters.count': { one: '{count} Benachrichtigung', other: '{count} Benachrichtigungen' },
  'filters.engagements': 'Beteiligung',
  'filters.categories': 'Kategorie',
  'filters.actorKinds': 'Auslöser',
  'filters.readStates': 'Lesestatus',
  'filters.products': 'Produkt',
  'filters.value.mention': 'Erwähnungen',
  'filters.value.comment': 'Kommentare und Antworten',
  'filters.value.reaction': 'Reaktionen',
  'filters.value.direct': 'Direkt',
  'filters.value.watching': 'Beobachtet',
  'filters.value.user': 'Personen',
  'filters.value.rovo': 'Rovo',
  'filters.value.automation': 'Automatisierung',
  'filters.value.unread': 'Ungelesen',
  'filters.value.read': 'Gelesen',

  'settings.title': 'Einstellungen',
  'settings.saveFailed': 'Die Einstellung konnte nicht gespeichert werden',
  'settings.appearance': 'Darstellung',
  'settings.theme': 'Design',
  'settings.themeSystem': 'System',
  'settings.themeLight': 'Hell',
  'settings.themeDark': 'Dunkel',
  'settings.zoom': 'Zoom',
  'settings.zoomValue': '{zoom} %',
  'settings.zoomIn': 'Vergrößern',
  'settings.zoomOut': 'Verkleinern',
  'settings.zoomReset': 'Zoom zurücksetzen',
  'settings.language': 'Sprache',
  'settings.languageSystem': 'System (Browsersprache)',
  'settings.showAccountHeader': 'Kontokopf anzeigen',
  'settings.showAccountHeaderHelp': 'Ab zwei Konten wird der Kopf immer angezeigt.',
  'settings.notifications': 'Benachrichtigungen',
  'settings.fetchOnlyUnread': 'Nur ungelesene Benachrichtigungen abrufen',
  'settings.markAsReadOnOpen': 'Beim Öffnen als gelesen markieren',
  'settings.keepActionedVisible': 'Bearbeitete Benachrichtigungen sichtbar lassen',
  'settings.keepActionedVisibleHelp':
    'Als gelesen markierte Benachrichtigungen bleiben bis zur nächsten Aktualisierung in der Liste.',
  'settings.groupByProduct': 'Nach Produkt gruppieren',
  'settings.groupByProductAlphabetically': 'Produktgruppen alphabetisch sortieren',
  'settings.groupByTitle': 'Nach Titel gruppieren',
  'settings.groupByTitleHelp':
    'Atlassian fasst zusammengehörige Aktualisierungen unter einer Benachrichtigung zusammen.',
  'settings.system': 'System',
  'settings.openLinks': 'Links öffnen',
  'settings.openLinksForeground': 'Im Vordergrund',
  'settings.openLinksBackground': 'Im Hintergrund (macOS)',
  'settings.desktopAlerts': 'Desktop-Benachrichtigungen anzeigen',
  'settings.playSound': 'Ton bei neuen Benachrichtigungen abspielen',
  'settings.volume': 'Lautstärke: {volume} %',
  'settings.volumeReset': 'Lautstärke zurücksetzen',
  'settings.launchAtLogin': 'Atlassify bei der Anmeldung öffnen',
  'settings.tray': 'Tray-Symbol',
  'settings.trayHelp': 'Wird angezeigt, wo die Arbeitsumgebung einen Infobereich hat.',
  'settings.showCountInTray': 'Anzahl ungelesener Benachrichtigungen neben dem Symbol anzeigen',
  'settings.trayUnreadIcon': 'Symbol bei ungelesenen Benachrichtigungen',
  'settings.trayUnreadIconHighlighted': 'Hervorgehoben (blau)',
  'settings.trayUnreadIconStealth': 'Unauffällig (wie ohne Ungelesene)',
  'settings.trayIdleIcon': 'Symbol ohne Ungelesene',
  'settings.trayIdleIconDefault': 'Dunkel (für helle Leisten)',
  'settings.trayIdleIconWhite': 'Weiß (für dunkle Leisten)',
  'settings.shortcuts': 'Tastenkürzel',
  'settings.app': 'Atlassify',
  'settings.version': 'Version {version}',
  'settings.actionFailed': 'Die Aktion ist fehlgeschlagen',
  'settings.resetSettings': 'Einstellungen zurücksetzen',
  'settings.resetSettingsTitle': 'Einstellungen zurücksetzen?',
  'settings.resetSettingsBody':
    'Alle Einstellungen erhalten wieder ihren Standardwert. Konten und Filter bleiben erhalten.',
  'settings.resetEverything': 'Alles zurücksetzen',
  'settings.resetEverythingTitle': 'Alles zurücksetzen?',
  'settings.resetEverythingBody':
    'Atlassify meldet alle Konten ab und löscht ihre gespeicherten Zugangsdaten, das Secret der OAuth-App, die Einstellungen, Filter und Site-Hostnamen. Das kann nicht rückgängig gemacht werden.',
  'settings.quit': 'Atlassify beenden',

  'shortcuts.intro':
    'Einzelne Tasten ohne Strg, Alt oder Cmd. Während Sie in einem Feld tippen, tun sie nichts.',
  'shortcuts.home': 'Zu den Benachrichtigungen',
  'shortcuts.atlassianNotifications': 'Benachrichtigungsseite von Atlassian öffnen',
  'shortcuts.unreadOnly': 'Nur ungelesene oder alle anzeigen',
  'shortcuts.groupByProduct': 'Gruppierung nach Produkt ein oder aus',
  'shortcuts.groupByTitle': 'Gruppierung nach Titel ein oder aus',
  'shortcuts.filters': 'Filter öffnen oder zurück',
  'shortcuts.refresh': 'Aktualisieren',
  'shortcuts.settings': 'Einstellungen öffnen oder zurück',
  'shortcuts.accountsOrToggle':
    'Konten öffnen (aus den Einstellungen) oder die fokussierte Benachrichtigung als gelesen oder ungelesen markieren',
  'shortcuts.quit': 'Beenden (aus den Einstellungen oder abgemeldet)',
  'shortcuts.move': 'Zur nächsten oder vorherigen Benachrichtigung',
  'shortcuts.moveEnds': 'Zur letzten oder ersten Benachrichtigung',
  'shortcuts.enter': 'Gruppe aufklappen oder Benachrichtigung öffnen',
  'shortcuts.escape': 'Zurück',

  'sites.title': 'Site-Hostnamen',
  'sites.help':
    'Fügen Sie eine Site hinzu, wenn ihre Benachrichtigungen fehlen. Atlassify ruft jede hinzugefügte Site zusätzlich zu den übrigen Benachrichtigungen ab; jede kostet eine Anfrage pro Aktualisierung.',
  'sites.host': 'Site-Hostname oder URL',
  'sites.add': 'Site hinzufügen',
  'sites.remove': '{host} entfernen',
  'sites.duplicate': '{host} ist diesem Konto bereits hinzugefügt.',
  'sites.notFound': 'Atlassian kennt für dieses Konto keine Site {host}.',
  'sites.notFoundHint':
    'Prüfen Sie die Schreibweise oder kopieren Sie die Adresse von einer Seite der Site.',
  'sites.invalid': '„{host}“ ist kein Site-Hostname.',
  'sites.invalidHint':
    'Geben Sie einen Host wie acme.atlassian.net ein oder fügen Sie eine Site-URL ein.',

  'errors.NETWORK':
    'Die Atlassify-Engine oder Atlassian ist nicht erreichbar. Prüfen Sie, ob `atlassify start` läuft und Sie online sind, und versuchen Sie es dann erneut.',
  'errors.RATE_LIMITED': 'Atlassian begrenzt die Anfragen. Versuchen Sie es später erneut.',
  'errors.SERVER_ERROR':
    'Bei Atlassian ist ein Serverfehler aufgetreten. Versuchen Sie es später erneut.',
  'errors.SIGN_IN_REQUIRED':
    'Atlassian hat die gespeicherten Zugangsdaten abgelehnt. Melden Sie sich erneut an.',
  'errors.INVALID_CREDENTIALS': 'Atlassian hat die E-Mail-Adresse oder das API-Token abgelehnt.',
  'errors.CAPTCHA_REQUIRED':
    'Atlassian verlangt ein CAPTCHA. Melden Sie sich einmal im Browser bei Atlassian an und versuchen Sie es dann erneut.',
  'errors.NOTIFICATIONS_UNAVAILABLE_WITH_OAUTH':
    'Atlassian erlaubt dieser OAuth-Anmeldung nicht, Benachrichtigungen zu lesen.',
  'errors.BAD_RESPONSE': 'Atlassian hat eine Antwort gesendet, die Atlassify nicht lesen kann.',
  'errors.NOTIFICATION_NOT_FOUND': 'Diese Benachrichtigung ist nicht mehr in der Liste.',
  'errors.DEMO_START_FAILED': 'Die Demo konnte nicht gestartet werden.',
  'errors.INTERNAL': 'In Atlassify ist ein unerwarteter Fehler aufgetreten.',
  'errors.OAUTH_ACCESS_DENIED': 'Der Zugriff wurde im Browser verweigert.',
  'errors.OAUTH_TIMED_OUT': 'Die Anmeldung im Browser hat zu lange gedauert.',
  'errors.CREDENTIAL_STORE_UNAVAILABLE': 'Der Schlüsselbund des Systems ist nicht verfügbar.',
  'errors.BROWSER_OPEN_FAILED': 'Der Browser konnte nicht gestartet werden.',
};
