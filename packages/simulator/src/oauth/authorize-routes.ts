import type { Context, Hono } from 'hono';
import { SimulatorError } from '../errors.ts';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';
import { AuthorizeError, checkAuthorizeRequest } from './authorize-request.ts';
import { PAGE_HEADERS, renderConsentPage, renderErrorPage } from './pages.ts';
import type { PendingAuthorization } from './token-store.ts';

/** Adds `GET /authorize` (consent page) and `POST /authorize/decision` (Allow or Deny). */
export function registerAuthorizeRoutes(app: Hono<AppEnv>, state: SimulatorState): void {
  app.get('/authorize', (c) => {
    let pending: PendingAuthorization;
    try {
      const request = checkAuthorizeRequest((name) => c.req.queries(name), state.client);
      const grant = {
        accountId: signedInUser(state).accountId,
        clientId: state.client.clientId,
        scopes: request.scopes,
      };
      pending = {
        grant,
        redirectUri: request.redirectUri,
        state: request.state,
        codeChallenge: request.codeChallenge,
      };
    } catch (error) {
      if (error instanceof AuthorizeError) {
        return c.html(renderErrorPage(error.title, error.message), 400, PAGE_HEADERS);
      }
      throw error;
    }

    if (state.options.autoConsent) {
      return redirectWithCode(c, state, pending);
    }
    const pendingId = state.tokens.addPending(pending, state.nowMs());
    const page = renderConsentPage({
      appName: state.client.name,
      user: signedInUser(state),
      scopes: pending.grant.scopes,
      pendingId,
    });
    return c.html(page, 200, PAGE_HEADERS);
  });

  app.post('/authorize/decision', async (c) => {
    const form = await c.req.parseBody();
    const requestId = typeof form.request_id === 'string' ? form.request_id : '';
    const pending = state.tokens.takePending(requestId, state.nowMs());
    if (!pending) {
      const message =
        'This sign-in request has expired or was already answered. Start the sign-in again from the app.';
      return c.html(renderErrorPage('Sign-in request not found', message), 400, PAGE_HEADERS);
    }

    if (form.decision === 'allow') {
      return redirectWithCode(c, state, pending);
    }
    if (form.decision === 'deny') {
      return redirectTo(c, pending.redirectUri, {
        error: 'access_denied',
        error_description: 'The user denied access to the app.',
        state: pending.state,
      });
    }
    const message = 'The decision must be "allow" or "deny". Start the sign-in again from the app.';
    return c.html(renderErrorPage('Something went wrong', message), 400, PAGE_HEADERS);
  });
}

function signedInUser(state: SimulatorState) {
  const user = state.directory.findUserByAccountId(state.signedInAccountId);
  if (!user) {
    throw new SimulatorError(
      'NO_SIGNED_IN_ACCOUNT',
      `The signed-in account ${state.signedInAccountId} no longer exists; call control.signInAs with an existing email.`,
    );
  }
  return user;
}

function redirectWithCode(
  c: Context<AppEnv>,
  state: SimulatorState,
  pending: PendingAuthorization,
) {
  const code = state.tokens.issueCode(pending, state.nowMs());
  return redirectTo(c, pending.redirectUri, { code, state: pending.state });
}

function redirectTo(c: Context<AppEnv>, redirectUri: string, parameters: Record<string, string>) {
  const target = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) {
    target.searchParams.set(name, value);
  }
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return c.redirect(target.toString(), 302);
}
