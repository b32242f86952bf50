import type { ApiError } from '../api/contract.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';

/**
 * Words a failed site add in the window's language: a duplicate and an unresolvable host are told
 * apart by the engine's error code. Other errors keep the engine's message.
 */
export function siteErrorText(
  error: ApiError,
  host: string,
  t: I18n['t'],
): { message: string; hint?: string } {
  // The engine names the host it read from the input, such as the host of a pasted URL.
  const shown = typeof error.details?.host === 'string' ? error.details.host : host.trim();
  if (error.code === 'SITE_ALREADY_ADDED') {
    return { message: t('sites.duplicate', { host: shown }) };
  }
  if (error.code === 'SITE_NOT_FOUND') {
    return { message: t('sites.notFound', { host: shown }), hint: t('sites.notFoundHint') };
  }
  if (error.code === 'INVALID_INPUT') {
    return { message: t('sites.invalid', { host: shown }), hint: t('sites.invalidHint') };
  }
  return { message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
}
