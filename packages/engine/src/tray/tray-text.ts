import type { DesktopLanguage } from '../locale/desktop-language.ts';

/** The texts of the tray menu and tooltip in one language. */
interface TrayTexts {
  open: string;
  openTooltip: string;
  refresh: string;
  refreshTooltip: string;
  quit: string;
  quitTooltip: string;
  nothingUnread: string;
  /** The tooltip for one unread item, and with `{count}` (a label such as "3" or "999+") more. */
  unreadOne: string;
  unread: string;
  needsAttention: string;
  offline: string;
}

const texts: Record<DesktopLanguage, TrayTexts> = {
  en: {
    open: 'Open Atlassify',
    openTooltip: 'Open the Atlassify window',
    refresh: 'Refresh',
    refreshTooltip: 'Fetch notifications now',
    quit: 'Quit Atlassify',
    quitTooltip: 'Stop Atlassify',
    nothingUnread: 'Atlassify: nothing unread',
    unreadOne: 'Atlassify: 1 unread',
    unread: 'Atlassify: {count} unread',
    needsAttention: 'Atlassify: an account needs attention',
    offline: 'Atlassify: Atlassian is out of reach',
  },
  de: {
    open: 'Atlassify öffnen',
    openTooltip: 'Das Fenster von Atlassify öffnen',
    refresh: 'Aktualisieren',
    refreshTooltip: 'Benachrichtigungen jetzt abrufen',
    quit: 'Atlassify beenden',
    quitTooltip: 'Atlassify beenden',
    nothingUnread: 'Atlassify: nichts ungelesen',
    unreadOne: 'Atlassify: 1 ungelesen',
    unread: 'Atlassify: {count} ungelesen',
    needsAttention: 'Atlassify: ein Konto braucht Aufmerksamkeit',
    offline: 'Atlassify: Atlassian ist nicht erreichbar',
  },
  es: {
    open: 'Abrir Atlassify',
    openTooltip: 'Abrir la ventana de Atlassify',
    refresh: 'Actualizar',
    refreshTooltip: 'Obtener las notificaciones ahora',
    quit: 'Salir de Atlassify',
    quitTooltip: 'Detener Atlassify',
    nothingUnread: 'Atlassify: nada sin leer',
    unreadOne: 'Atlassify: 1 sin leer',
    unread: 'Atlassify: {count} sin leer',
    needsAttention: 'Atlassify: una cuenta necesita atención',
    offline: 'Atlassify: no se puede conectar con Atlassian',
  },
  fr: {
    open: 'Ouvrir Atlassify',
    openTooltip: 'Ouvrir la fenêtre d’Atlassify',
    refresh: 'Actualiser',
    refreshTooltip: 'Récupérer les notifications maintenant',
    quit: 'Quitter Atlassify',
    quitTooltip: 'Arrêter Atlassify',
    nothingUnread: 'Atlassify : rien de non lu',
    unreadOne: 'Atlassify : 1 non lue',
    unread: 'Atlassify : {count} non lues',
    needsAttention: 'Atlassify : un compte demande votre attention',
    offline: 'Atlassify : Atlassian est injoignable',
  },
};

/** Returns the tray's texts in `language`. */
export function trayTexts(language: DesktopLanguage): TrayTexts {
  return texts[language];
}
