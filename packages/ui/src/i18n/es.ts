import type { Catalog } from './en.ts';

// Labels of the Atlassian Developer Console stay in English, because the console has no other
// language.
export const es: Catalog = {
  'app.name': 'Atlassify',
  'app.demo': 'Demo',
  'app.demoLabel': 'Funciona con el simulador de Atlassian integrado',
  'app.loading': 'Cargando Atlassify…',
  'app.loadFailed': 'Atlassify no pudo cargar sus datos',
  'app.retry': 'Reintentar',
  'app.reconnecting': 'Se perdió la conexión con el motor de Atlassify. Reconectando…',
  'app.dismiss': 'Cerrar',
  'app.newWindow': '(se abre en una ventana nueva)',
  'nav.label': 'Principal',
  'nav.refresh': 'Actualizar',
  'nav.accounts': 'Cuentas',
  'nav.notifications': 'Notificaciones',

  'login.welcome': 'Te damos la bienvenida a Atlassify',
  'login.tagline':
    'Tus notificaciones de Atlassian Cloud en el escritorio. Para empezar, inicia sesión con una cuenta de Atlassian.',
  'login.addAccount': 'Añadir cuenta',
  'login.cancel': 'Cancelar',
  'login.tabApiToken': 'Token de API',
  'login.tabOAuth': 'OAuth (SSO)',
  'login.failed': 'No se pudo iniciar sesión',

  'apiToken.intro': 'Inicia sesión con el correo de tu cuenta de Atlassian y un token de API.',
  'apiToken.email': 'Correo electrónico',
  'apiToken.token': 'Token de API',
  'apiToken.create': 'Crear token de API',
  'apiToken.submit': 'Iniciar sesión',
  'apiToken.emailMissing': 'Introduce el correo de tu cuenta de Atlassian.',
  'apiToken.tokenMissing': 'Introduce un token de API.',

  'oauth.intro':
    'Inicia sesión en el navegador con una app OAuth 2.0 que crees en la Atlassian Developer Console.',
  'oauth.clientId': 'ID de cliente',
  'oauth.clientSecret': 'Secreto de cliente',
  'oauth.secretSaved': 'Guardado',
  'oauth.secretSavedHelp': 'Hay un secreto guardado. Deja el campo vacío para conservarlo.',
  'oauth.submit': 'Iniciar sesión con Atlassian',
  'oauth.clientIdMissing': 'Introduce el ID de cliente de tu app OAuth.',
  'oauth.clientSecretMissing': 'Introduce el secreto de cliente de tu app OAuth.',
  'oauth.settingsFailed': 'No se pudieron cargar los ajustes de OAuth',
  'oauth.notConfigured': 'ID de cliente de OAuth sin configurar',
  'oauth.notConfiguredBody':
    'Crea una app OAuth una sola vez y luego introduce abajo su ID de cliente y su secreto:',
  'oauth.stepConsole': 'Ve a la {console}.',
  'oauth.consoleLink': 'Atlassian Developer Console',
  'oauth.stepCreate': 'Selecciona «Create» → «OAuth 2.0 integration».',
  'oauth.stepScopes':
    'En «Permissions», añade los scopes {scopes}. read:jira-work es necesario porque la API de notificaciones de Atlassian lo exige.',
  'oauth.stepCallback': 'En «Authorization», establece la Callback URL en {callbackUrl}.',
  'oauth.stepSave': 'Selecciona «Save».',
  'oauth.stepCopy':
    'En «Settings», copia el ID de cliente y el secreto. Atlassian exige el secreto de cliente.',
  'oauth.waiting': 'Continúa en el navegador…',
  'oauth.waitingBody':
    'Inicia sesión en Atlassian en la ventana del navegador que se abrió y permite el acceso.',
  'oauth.openSignInPage': 'Abrir la página de inicio de sesión',
  'oauth.cancel': 'Cancelar',
  'oauth.exchanging': 'Completando el inicio de sesión…',
  'oauth.failed': 'No se pudo iniciar sesión con OAuth',
  'oauth.troubleshooting': 'Solución de problemas',
  'oauth.troubleshootingCallback':
    '¿La ventana de autenticación no te devuelve a la app? Comprueba que la Callback URL de tu app OAuth sea exactamente {callbackUrl}.',
  'oauth.troubleshootingFallback':
    'Siempre puedes volver a la autenticación con token de API en la primera pestaña.',

  'notifications.title': 'Notificaciones',
  'notifications.unread': {
    one: '{count} notificación sin leer',
    other: '{count} notificaciones sin leer',
    many: '{count} de notificaciones sin leer',
  },
  'notifications.items': {
    one: '{count} notificación',
    other: '{count} notificaciones',
    many: '{count} de notificaciones',
  },
  'notifications.loading': 'Cargando notificaciones…',
  'notifications.allCaughtUp': 'Todo al día',
  'notifications.allCaughtUpBody': 'Esta cuenta no tiene notificaciones sin leer.',
  'notifications.feedFailed': 'No se pudieron actualizar las notificaciones',
  'notifications.lastGood': 'Se muestra la lista de {time}.',
  'notifications.hasMore':
    'Atlassian tiene más notificaciones sin leer de las que se muestran aquí.',
  'notifications.markRead': 'Marcar como leída',
  'notifications.markUnread': 'Marcar como no leída',
  'notifications.updateFailed': 'No se pudo actualizar la notificación',
  'notifications.openFailed': 'No se pudo abrir la notificación',
  'notifications.refreshFailed': 'No se pudo actualizar',
  'notifications.groupFrom': {
    one: '+{count} actualización de {actor}',
    other: '+{count} actualizaciones de {actor}',
    many: '+{count} de actualizaciones de {actor}',
  },
  'notifications.groupOther': {
    one: '+{count} actualización más',
    other: '+{count} actualizaciones más',
    many: '+{count} de actualizaciones más',
  },

  'accounts.title': 'Cuentas',
  'accounts.add': 'Añadir cuenta',
  'accounts.signOut': 'Cerrar sesión',
  'accounts.signOutConfirm':
    '¿Cerrar la sesión de {email}? Atlassify borra las credenciales que guardó para esta cuenta.',
  'accounts.signOutCancel': 'Cancelar',
  'accounts.signOutFailed': 'No se pudo cerrar la sesión',
  'accounts.signInMethod': 'Método de inicio de sesión',
  'accounts.apiToken': 'Token de API',
  'accounts.oauth': 'OAuth',
  'accounts.sites': 'Sitios',
  'accounts.allSites': 'Todos los sitios a los que accede esta cuenta',
  'accounts.status': 'Estado',
  'accounts.statusOk': 'Conectada',
  'accounts.statusSignInRequired': 'Hay que iniciar sesión',
  'accounts.statusSignInRequiredBody':
    'Atlassian rechazó las credenciales guardadas. Vuelve a iniciar sesión; la cuenta y su configuración se conservan.',
  'accounts.statusNotificationsUnavailable': 'Notificaciones no disponibles',
  'accounts.statusNotificationsUnavailableBody':
    'Atlassian no permite que este inicio de sesión OAuth lea notificaciones. Añade un token de API para la misma cuenta para verlas; la cuenta y su configuración se conservan.',
  'accounts.fileStore': 'Guardado en un archivo sin cifrar, no en el llavero del sistema',
  'accounts.scopes': 'Permisos concedidos',
  'accounts.signInAgain': 'Volver a iniciar sesión',
  'accounts.addApiToken': 'Añadir un token de API para esta cuenta',
  'notifications.oauthRefused':
    'Atlassian no permite que este inicio de sesión OAuth lea notificaciones',
  'notifications.oauthRefusedBody':
    'Añade un token de API para la misma cuenta para ver sus notificaciones. La cuenta y su configuración se conservan.',
};
