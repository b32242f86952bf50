/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { catalogs } from '../../packages/ui/src/i18n/catalogs.ts';
import {
  engineRequest,
  expectLabelledTabOrder,
  expectNoSeriousViolations,
  saveScreen,
} from './ui-support.ts';
import { type Language, type Look, looks } from './ui-text.ts';

/**
 * Switches the window to `look` through the engine's settings and waits until it shows. It waits
 * in the page, not with `expect.poll`, so that hooks may call it too.
 */
export async function showLook(page: Page, look: Pick<Look, 'language' | 'theme'>) {
  await engineRequest(page, 'PUT', '/settings', { theme: look.theme, language: look.language });
  await page.waitForFunction(
    ({ language, theme }) =>
      document.documentElement.lang === language &&
      document.documentElement.dataset.colorMode === theme,
    { language: look.language, theme: look.theme },
  );
}

/**
 * Waits until every finite animation and transition has ended, such as the colour transitions
 * of a theme switch or a dialog fading in. Endless ones, like a spinner, are left running.
 */
export async function waitForAnimations(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
}

// Shorter English texts, such as "Filters", may be words of other languages too.
const minCheckedLength = 12;

/**
 * Returns the English catalog texts that `language` translates differently, leaving out texts
 * with placeholders and short ones. Finding one on a screen in `language` means a string the
 * window did not translate.
 */
function untranslatedCandidates(language: Language): string[] {
  const own = catalogs[language] as Record<string, unknown>;
  return Object.entries(catalogs.en).flatMap(([key, english]) => {
    const translated = own[key];
    if (typeof english !== 'string' || typeof translated !== 'string') {
      return [];
    }
    if (
      english.length < minCheckedLength ||
      english.includes('{') ||
      translated.includes(english)
    ) {
      return [];
    }
    return [english];
  });
}

/**
 * Fails when the page shows, or names in an `aria-label`, an English catalog text that
 * `language` translates. Texts outside the catalogs, such as engine messages, are not checked.
 */
export async function expectTranslated(page: Page, language: Language, screen: string) {
  if (language === 'en') {
    return;
  }
  const pageText = await page.evaluate(() =>
    [
      document.body.textContent ?? '',
      ...Array.from(document.querySelectorAll('[aria-label]'), (element) =>
        element.getAttribute('aria-label'),
      ),
    ].join('\n'),
  );
  const english = untranslatedCandidates(language).filter((candidate) =>
    pageText.includes(candidate),
  );
  expect(english, `English text on ${screen}`).toEqual([]);
}

/** Waits until the text of `locator` contains each of `parts`, failing on the first missing one. */
export async function expectTextParts(locator: Locator, parts: readonly string[]) {
  for (const part of parts) {
    await expect
      .poll(async () => (await locator.textContent()) ?? '', { message: `text "${part}"` })
      .toContain(part);
  }
}

/** Options of `checkInEveryLook`. */
export interface LookCheckOptions {
  /**
   * The README screenshot name for a look, or null. With ATLASSIFY_UPDATE_SCREENSHOTS set, such
   * screenshots are also written to docs/screenshots.
   */
  readmeName?: (look: Look) => string | null;
}

/**
 * Shows the current screen in each of the eight looks and in each one runs `check` (which
 * waits for the screen's text in that language), looks for untranslated text, saves
 * `test-artifacts/ui-<screen>-<look>.png` and runs axe. In the four light looks it also walks
 * the Tab order. It ends in the light theme and English.
 */
export async function checkInEveryLook(
  page: Page,
  screen: string,
  check: (look: Look) => Promise<void>,
  options: LookCheckOptions = {},
) {
  // A hovered control shows its hover colours, which axe would check instead of the normal ones.
  await page.mouse.move(0, 0);
  for (const look of looks) {
    const name = `${screen} ${look.name}`;
    await showLook(page, look);
    // The Tab walk of the previous look may have scrolled down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await check(look);
    await waitForAnimations(page);
    await expectTranslated(page, look.language, name);

    const fileName = `${screen}-${look.name}`;
    const readmeName = options.readmeName?.(look) ?? null;
    await saveScreen(page, fileName, readmeName === fileName);
    if (readmeName !== null && readmeName !== fileName) {
      await saveScreen(page, readmeName, true);
    }
    await expectNoSeriousViolations(page, name);
    // The theme changes neither labels nor the Tab order, so one theme is walked.
    if (look.theme === 'light') {
      await expectLabelledTabOrder(page, name);
    }
  }
  await showLook(page, { theme: 'light', language: 'en' });
}
