import { type FilterState, filterValues } from '@atlassify/engine';
import { InvalidArgumentError } from 'commander';

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
          `"${part.trim()}" is not a ${noun}. Valid ${noun}s: ${valid.join(', ')}.`,
        );
      }
      if (!chosen.includes(slug)) {
        chosen.push(slug);
      }
    }
    return chosen as FilterState[D];
  };
}
