import { createElement, Fragment, type ReactNode } from 'react';

import type { Catalog, MessageKey } from './en.ts';
import type { Message, MessageValues } from './types.ts';

const placeholder = /\{(\w+)\}/g;

/** Selects the plural form for `values.count`. A plain string has one form for every count. */
export function selectForm(message: Message, language: string, values: MessageValues = {}): string {
  if (typeof message === 'string') {
    return message;
  }

  const count = Number(values.count ?? 0);
  const category = new Intl.PluralRules(language).select(count);
  if (category === 'one') {
    return message.one;
  }
  if (category === 'many' && message.many !== undefined) {
    return message.many;
  }
  return message.other;
}

/** Formats a message as text, replacing each `{name}` with its value. Unknown names stay as written. */
export function formatMessage(
  catalog: Catalog,
  language: string,
  key: MessageKey,
  values: MessageValues = {},
): string {
  const template = selectForm(catalog[key], language, values);
  return template.replace(placeholder, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      return whole;
    }
    return typeof value === 'number' ? value.toLocaleString(language) : value;
  });
}

/**
 * Formats a message whose placeholders are React nodes (a link, a code element), keeping the
 * surrounding text as plain React text.
 */
export function formatRichMessage(
  catalog: Catalog,
  language: string,
  key: MessageKey,
  nodes: Record<string, ReactNode>,
): ReactNode {
  const template = selectForm(catalog[key], language);
  const parts: ReactNode[] = [];
  let last = 0;

  for (const match of template.matchAll(placeholder)) {
    const name = match[1] ?? '';
    const index = match.index ?? 0;
    parts.push(template.slice(last, index));
    parts.push(name in nodes ? nodes[name] : match[0]);
    last = index + match[0].length;
  }
  parts.push(template.slice(last));

  return createElement(
    Fragment,
    null,
    ...parts.map((part, index) => createElement(Fragment, { key: String(index) }, part)),
  );
}

/** Collects the placeholder names of a message across all its plural forms. */
export function placeholdersOf(message: Message): Set<string> {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const form of forms) {
    for (const match of form.matchAll(placeholder)) {
      names.add(match[1] ?? '');
    }
  }
  return names;
}
