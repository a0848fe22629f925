import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, ApiError, unwrap } from '../api/client';
import { AuthCard, OneTimeCodeField } from '../auth/auth-card';
import { session } from '../auth/session-store';
import { ErrorBanner, Loading, Notice } from '../components/feedback';
import { t } from '../i18n';
import { navigate } from '../router';

function explained(failure: unknown): ApiError {
  if (!(failure instanceof ApiError)) return new ApiError(0, 'NETWORK_ERROR', t.common.unknownError);
  const message = t.account.oidcErrors[failure.code];
  return message ? new ApiError(failure.status, failure.code, message) : failure;
}

/**
 * Where the identity provider sends the browser back (`/connexion/oidc?code&state&iss`): hands
 * what came back to the API once, then opens the session, asks the TOTP code when the provider's
 * authentication was not strong, or confirms a link.
 */
export function OidcCallbackPage() {
  const [state, setState] = useState<
    | { kind: 'pending' }
    | { kind: 'totp'; pendingToken: string }
    | { kind: 'linked' }
    | { kind: 'failed'; error: ApiError }
  >({ kind: 'pending' });
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return; // the state is good once: never post it twice
    sent.current = true;
    const query = new URLSearchParams(window.location.search);
    const body = {
      state: query.get('state') ?? '',
      ...(query.get('code') ? { code: query.get('code')! } : {}),
      ...(query.get('iss') ? { iss: query.get('iss')! } : {}),
      ...(query.get('error') ? { error: query.get('error')! } : {}),
      ...(query.get('error_description') ? { errorDescription: query.get('error_description')! } : {}),
    };
    api
      .POST('/api/v1/auth/oidc/callback', { body, credentials: 'same-origin' })
      .then((result) => {
        const outcome = unwrap(result);
        if (outcome.status === 'signed_in' && outcome.session) {
          session.accept(outcome.session);
          navigate('/', { replace: true });
        } else if (outcome.status === 'totp_required' && outcome.pendingToken) {
          setState({ kind: 'totp', pendingToken: outcome.pendingToken });
        } else {
          setState({ kind: 'linked' });
        }
      })
      .catch((failure: unknown) => setState({ kind: 'failed', error: explained(failure) }));
  }, []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (state.kind !== 'totp') return;
    setBusy(true);
    setError(undefined);
    try {
      const response = unwrap(
        await api.POST('/api/v1/auth/oidc/totp', {
          body: { pendingToken: state.pendingToken, totp: code },
          credentials: 'same-origin',
        }),
      );
      session.accept(response);
      navigate('/', { replace: true });
    } catch (failure) {
      // One try per step: a wrong code means signing in with the provider again.
      setState({
        kind: 'failed',
        error:
          failure instanceof ApiError && failure.code === 'INVALID_CREDENTIALS'
            ? new ApiError(failure.status, failure.code, t.auth.totpInvalid)
            : explained(failure),
      });
    } finally {
      setBusy(false);
    }
  };

  const title =
    state.kind === 'totp'
      ? t.auth.totpTitle
      : state.kind === 'linked'
        ? t.account.linkedTitle
        : t.account.callbackTitle;
  return (
    <AuthCard title={title} brand>
      {state.kind === 'pending' && <Loading label={t.account.callbackPending} />}
      {state.kind === 'failed' && (
        <>
          <Notice tone="warning">{t.account.callbackFailed}</Notice>
          <ErrorBanner error={state.error} />
          <a href="/">{t.account.backToSignIn}</a>
        </>
      )}
      {state.kind === 'linked' && (
        <>
          <Notice tone="success">{t.account.linkedText}</Notice>
          <a href="/preferences">{t.account.continue}</a>
        </>
      )}
      {state.kind === 'totp' && (
        <form onSubmit={(event) => void submit(event)} className="form">
          <p className="muted">{t.auth.totpIntro}</p>
          <ErrorBanner error={error} />
          <OneTimeCodeField label={t.auth.totpCode} value={code} onValue={setCode} autoFocus />
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t.auth.signingIn : t.auth.verify}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
