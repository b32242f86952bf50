import type { Catalog } from './en.ts';

// Labels of the Atlassian Developer Console stay in English, because the console has no other
// language.
export const fr: Catalog = {
  'app.name': 'Atlassify',
  'app.demo': 'Démo',
  'app.demoLabel': 'Fonctionne avec le simulateur Atlassian intégré',
  'app.loading': 'Chargement d’Atlassify…',
  'app.loadFailed': 'Atlassify n’a pas pu charger ses données',
  'app.retry': 'Réessayer',
  'app.reconnecting': 'La connexion au moteur Atlassify a été perdue. Reconnexion…',
  'app.dismiss': 'Fermer',
  'app.newWindow': '(s’ouvre dans une nouvelle fenêtre)',
  'nav.label': 'Principale',
  'nav.refresh': 'Actualiser',
  'nav.accounts': 'Comptes',
  'nav.notifications': 'Notifications',

  'login.welcome': 'Bienvenue dans Atlassify',
  'login.tagline':
    'Vos notifications Atlassian Cloud sur le bureau. Connectez-vous à un compte Atlassian pour commencer.',
  'login.addAccount': 'Ajouter un compte',
  'login.cancel': 'Annuler',
  'login.tabApiToken': 'Jeton d’API',
  'login.tabOAuth': 'OAuth (SSO)',
  'login.failed': 'Échec de la connexion',

  'apiToken.intro': 'Connectez-vous avec l’e-mail de votre compte Atlassian et un jeton d’API.',
  'apiToken.email': 'E-mail',
  'apiToken.token': 'Jeton d’API',
  'apiToken.create': 'Créer un jeton d’API',
  'apiToken.submit': 'Se connecter',
  'apiToken.emailMissing': 'Saisissez l’e-mail de votre compte Atlassian.',
  'apiToken.tokenMissing': 'Saisissez un jeton d’API.',

  'oauth.intro':
    'Connectez-vous dans le navigateur avec une application OAuth 2.0 créée dans l’Atlassian Developer Console.',
  'oauth.clientId': 'ID client',
  'oauth.clientSecret': 'Secret client',
  'oauth.secretSaved': 'Enregistré',
  'oauth.secretSavedHelp': 'Un secret est enregistré. Laissez le champ vide pour le conserver.',
  'oauth.submit': 'Se connecter avec Atlassian',
  'oauth.clientIdMissing': 'Saisissez l’ID client de votre application OAuth.',
  'oauth.clientSecretMissing': 'Saisissez le secret client de votre application OAuth.',
  'oauth.settingsFailed': 'Les paramètres OAuth n’ont pas pu être chargés',
  'oauth.notConfigured': 'ID client OAuth non configuré',
  'oauth.notConfiguredBody':
    'Créez une fois une application OAuth, puis saisissez ci-dessous son ID client et son secret :',
  'oauth.stepConsole': 'Ouvrez l’{console}.',
  'oauth.consoleLink': 'Atlassian Developer Console',
  'oauth.stepCreate': 'Choisissez « Create » → « OAuth 2.0 integration ».',
  'oauth.stepScopes':
    'Sous « Permissions », ajoutez les scopes {scopes}. read:jira-work est nécessaire, car l’API de notifications d’Atlassian l’exige.',
  'oauth.stepCallback': 'Sous « Authorization », définissez la Callback URL sur {callbackUrl}.',
  'oauth.stepSave': 'Choisissez « Save ».',
  'oauth.stepCopy':
    'Sous « Settings », copiez l’ID client et le secret. Atlassian exige le secret client.',
  'oauth.waiting': 'Continuez dans votre navigateur…',
  'oauth.waitingBody':
    'Connectez-vous à Atlassian dans la fenêtre du navigateur qui s’est ouverte et autorisez l’accès.',
  'oauth.openSignInPage': 'Ouvrir la page de connexion',
  'oauth.cancel': 'Annuler',
  'oauth.exchanging': 'Finalisation de la connexion…',
  'oauth.failed': 'Échec de la connexion OAuth',
  'oauth.troubleshooting': 'Dépannage',
  'oauth.troubleshootingCallback':
    'La fenêtre d’authentification ne vous renvoie pas vers l’application ? Vérifiez que la Callback URL de votre application OAuth est exactement {callbackUrl}.',
  'oauth.troubleshootingFallback':
    'Vous pouvez toujours revenir à l’authentification par jeton d’API dans le premier onglet.',

  'notifications.title': 'Notifications',
  'notifications.unread': {
    one: '{count} notification non lue',
    other: '{count} notifications non lues',
    many: '{count} de notifications non lues',
  },
  'notifications.items': {
    one: '{count} notification',
    other: '{count} notifications',
    many: '{count} de notifications',
  },
  'notifications.loading': 'Chargement des notifications…',
  'notifications.allCaughtUp': 'Vous êtes à jour',
  'notifications.allCaughtUpBody': 'Ce compte n’a aucune notification non lue.',
  'notifications.feedFailed': 'Les notifications n’ont pas pu être actualisées',
  'notifications.lastGood': 'Liste affichée : celle de {time}.',
  'notifications.hasMore': 'Atlassian a plus de notifications non lues que celles affichées ici.',
  'notifications.markRead': 'Marquer comme lue',
  'notifications.markUnread': 'Marquer comme non lue',
  'notifications.updateFailed': 'La notification n’a pas pu être modifiée',
  'notifications.openFailed': 'La notification n’a pas pu être ouverte',
  'notifications.refreshFailed': 'Échec de l’actualisation',
  'notifications.groupFrom': {
    one: '+{count} mise à jour de {actor}',
    other: '+{count} mises à jour de {actor}',
    many: '+{count} de mises à jour de {actor}',
  },
  'notifications.groupOther': {
    one: '+{count} autre mise à jour',
    other: '+{count} autres mises à jour',
    many: '+{count} d’autres mises à jour',
  },

  'accounts.title': 'Comptes',
  'accounts.add': 'Ajouter un compte',
  'accounts.signOut': 'Se déconnecter',
  'accounts.signOutConfirm':
    'Se déconnecter de {email} ? Atlassify supprime les identifiants enregistrés pour ce compte.',
  'accounts.signOutCancel': 'Annuler',
  'accounts.signOutFailed': 'Échec de la déconnexion',
  'accounts.signInMethod': 'Méthode de connexion',
  'accounts.apiToken': 'Jeton d’API',
  'accounts.oauth': 'OAuth',
  'accounts.sites': 'Sites',
  'accounts.allSites': 'Tous les sites accessibles à ce compte',
  'accounts.status': 'État',
  'accounts.statusOk': 'Connecté',
  'accounts.statusSignInRequired': 'Connexion requise',
  'accounts.statusSignInRequiredBody':
    'Atlassian a refusé les identifiants enregistrés. Reconnectez-vous ; le compte et ses réglages sont conservés.',
  'accounts.statusNotificationsUnavailable': 'Notifications indisponibles',
  'accounts.statusNotificationsUnavailableBody':
    'Atlassian ne permet pas à cette connexion OAuth de lire les notifications. Ajoutez un jeton d’API pour le même compte pour les voir ; le compte et ses réglages sont conservés.',
  'accounts.fileStore': 'Enregistré dans un fichier en clair, pas dans le trousseau du système',
  'accounts.scopes': 'Autorisations accordées',
  'accounts.signInAgain': 'Se reconnecter',
  'accounts.addApiToken': 'Ajouter un jeton d’API pour ce compte',
  'notifications.oauthRefused':
    'Atlassian ne permet pas à cette connexion OAuth de lire les notifications',
  'notifications.oauthRefusedBody':
    'Ajoutez un jeton d’API pour le même compte pour voir ses notifications. Le compte et ses réglages sont conservés.',
};
