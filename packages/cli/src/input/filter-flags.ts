import { type FilterState, filterValues } from '@atlassify/engine';
import { InvalidArgumentError } from 'commander';

/**
 * Puts "a" or "an" before a noun by its first letter. That rule fits the nouns of the filter
 * flags, but a noun such as "user", spoken with a consonant first, would get the wrong article.
 */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * Builds a commander argument parser for one filter dimension. It accepts the flag more than
 * once and comma-separated lists, compares case-insensitively, and rejects an unknown value with
 * a message that lists the valid ones.
 */
export function filterFlag<D extends keyof FilterState>(dimension: D, noun: string) {
  const valid: readonly string[] = filterValues[dimension];
  return (value: string, previous: FilterState[D] | undefined): FilterState[D] => {
    const chosen = [...(previous ?? [])] as string[];
    for (const part of value.split(',')) {
      const slug = part.trim().toLowerCase();
      if (slug === '') {
        continue;
      }
      if (!valid.includes(slug)) {
        throw new InvalidArgumentError(
          `"${part.trim()}" is not ${withArticle(noun)}. Valid ${noun}s: ${valid.join(', ')}.`,
        );
      }
      if (!chosen.includes(slug)) {
        chosen.push(slug);
      }
    }
    return chosen as FilterState[D];
  };
}
