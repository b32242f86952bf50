/** Plural forms keyed by `Intl.PluralRules` category, with `other` as the fallback for the rest. */
export interface PluralMessage {
  one: string;
  other: string;
  many?: string;
}

export type Message = string | PluralMessage;

/** Values for `{name}` placeholders. */
export type MessageValues = Record<string, string | number>;
