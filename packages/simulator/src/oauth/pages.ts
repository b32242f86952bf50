import type { SimulatedUser } from '../accounts/types.ts';
import { CONFIGURED_SCOPES } from './clients.ts';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** Security headers for every page: no scripts, no framing, no caching of the one-time form. */
export const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
};

const STYLE = `body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;color:#172b4d}
h1{font-size:1.4rem}ul{padding-left:1.2rem}.actions{display:flex;gap:.75rem;margin-top:1.5rem}
button{font-size:1rem;padding:.5rem 1.25rem;border-radius:3px;border:1px solid #8590a2;cursor:pointer}
button[value=allow]{background:#0c66e4;color:#fff;border-color:#0c66e4}.muted{color:#626f86}`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<p class="muted">Atlassian Cloud simulator</p>
${body}
</body>
</html>`;
}

export interface ConsentPageInput {
  appName: string;
  user: SimulatedUser;
  scopes: string[];
  pendingId: string;
}

/** Renders the sign-in and consent page; the form carries only the opaque pending-request id. */
export function renderConsentPage(input: ConsentPageInput): string {
  const scopeItems = input.scopes
    .map((scope) => {
      const description = CONFIGURED_SCOPES.get(scope) ?? scope;
      return `<li>${escapeHtml(description)} <span class="muted">(${escapeHtml(scope)})</span></li>`;
    })
    .join('\n');

  return layout(
    `Authorize ${input.appName}`,
    `<h1>${escapeHtml(input.appName)} is requesting access to your Atlassian account</h1>
<p>Signed in as <strong>${escapeHtml(input.user.name)}</strong> (${escapeHtml(input.user.email)})</p>
<p>The app will be able to:</p>
<ul>
${scopeItems}
</ul>
<form method="post" action="/authorize/decision">
<input type="hidden" name="request_id" value="${escapeHtml(input.pendingId)}">
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>`,
  );
}

export function renderErrorPage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}
