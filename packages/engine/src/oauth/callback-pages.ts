/** A page the callback listener sends to the browser. Text fields are escaped when rendered. */
export interface CallbackPage {
  status: number;
  title: string;
  message: string;
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

export function renderCallbackPage(page: CallbackPage): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(page.title)} – Atlassify</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#172b4d}</style>',
    '</head><body>',
    `<h1>${escapeHtml(page.title)}</h1>`,
    `<p>${escapeHtml(page.message)}</p>`,
    '</body></html>',
    '',
  ].join('\n');
}

export function successPage(email: string): CallbackPage {
  return {
    status: 200,
    title: 'Signed in',
    message: `Atlassify is signed in as ${email}. You can close this tab.`,
  };
}

export function failurePage(message: string): CallbackPage {
  return {
    status: 400,
    title: 'Sign-in failed',
    message: `${message} You can close this tab and try again in Atlassify.`,
  };
}

export const notFoundPage: CallbackPage = {
  status: 404,
  title: 'Not found',
  message: 'This address only receives the Atlassian sign-in redirect.',
};

export const methodNotAllowedPage: CallbackPage = {
  status: 405,
  title: 'Method not allowed',
  message: 'The sign-in redirect arrives as a GET request.',
};

/** Builds the page for a callback that does not belong to the running sign-in, which keeps waiting. */
export function ignoredCallbackPage(reason: string): CallbackPage {
  return {
    status: 400,
    title: 'Not the current sign-in',
    message: `${reason} If you are signing in, finish in the tab that Atlassify opened.`,
  };
}
