import { describe, expect, it } from 'vitest';

import { trayTexts } from './tray-text.ts';

describe('trayTexts', () => {
  it('has every text in every language', () => {
    const keys = Object.keys(trayTexts('en')).sort();

    for (const language of ['de', 'es', 'fr'] as const) {
      const texts = trayTexts(language);
      expect(Object.keys(texts).sort()).toEqual(keys);
      expect(texts.unread).toContain('{count}');
    }
  });
});
