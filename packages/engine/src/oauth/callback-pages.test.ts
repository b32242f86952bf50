import { describe, expect, it } from 'vitest';

import { escapeHtml, failurePage, renderCallbackPage } from './callback-pages.ts';

describe('renderCallbackPage', () => {
  it('escapes every echoed value', () => {
    const html = renderCallbackPage(failurePage('<img src=x onerror=alert(1)> "Q&A" \'x\''));

    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Q&amp;A&quot; &#39;x&#39;');
  });
});

describe('escapeHtml', () => {
  it('leaves plain text alone', () => {
    expect(escapeHtml('Signed in as ada@example.test')).toBe('Signed in as ada@example.test');
  });
});
