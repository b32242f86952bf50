import type { DesktopLanguage } from '../locale/desktop-language.ts';

/** The texts of desktop notifications in one language. */
export interface AlertTexts {
  open: string;
  markRead: string;
  /** The summary of an item without a message; `{product}` is the product's name. */
  newItem: string;
  /** The summary alert's title for one item and, with `{count}`, for several. */
  unreadOne: string;
  unreadMany: string;
}

const catalog: Record<DesktopLanguage, AlertTexts> = {
  en: {
    open: 'Open',
    markRead: 'Mark as read',
    newItem: 'New {product} notification',
    unreadOne: '1 unread notification',
    unreadMany: '{count} unread notifications',
  },
  de: {
    open: 'Öffnen',
    markRead: 'Als gelesen markieren',
    newItem: 'Neue Benachrichtigung aus {product}',
    unreadOne: '1 ungelesene Benachrichtigung',
    unreadMany: '{count} ungelesene Benachrichtigungen',
  },
  es: {
    open: 'Abrir',
    markRead: 'Marcar como leída',
    newItem: 'Nueva notificación de {product}',
    unreadOne: '1 notificación sin leer',
    unreadMany: '{count} notificaciones sin leer',
  },
  fr: {
    open: 'Ouvrir',
    markRead: 'Marquer comme lue',
    newItem: 'Nouvelle notification {product}',
    unreadOne: '1 notification non lue',
    unreadMany: '{count} notifications non lues',
  },
};

/** Returns the texts of desktop notifications in `language`. */
export function alertTexts(language: DesktopLanguage): AlertTexts {
  return catalog[language];
}
