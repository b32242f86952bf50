import { describe, expect, it } from 'vitest';
import { pathTitleBesideEntity } from './path-line.ts';

describe('pathTitleBesideEntity', () => {
  it('keeps the issue key only', () => {
    expect(pathTitleBesideEntity('NIM-142 Checkout fails', 'Checkout fails')).toBe('NIM-142');
  });

  it('drops a separator before the title', () => {
    expect(pathTitleBesideEntity('NIM-142: Checkout fails', 'Checkout fails')).toBe('NIM-142');
  });

  it('hides a path equal to the entity', () => {
    expect(pathTitleBesideEntity('Q3 launch plan', 'Q3 launch plan')).toBeUndefined();
  });

  it('keeps an unrelated path', () => {
    expect(pathTitleBesideEntity('Engineering', 'Q3 launch plan')).toBe('Engineering');
  });

  it('keeps the path without an entity', () => {
    expect(pathTitleBesideEntity('Engineering', undefined)).toBe('Engineering');
  });

  it('returns nothing without a path', () => {
    expect(pathTitleBesideEntity(undefined, 'Checkout fails')).toBeUndefined();
  });
});
