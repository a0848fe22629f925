import { type FormEvent, useState } from 'react';
import { ProviderButtons } from '../account/oidc-providers';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorBanner, Notice } from '../components/feedback';
import { t } from '../i18n';
import { session } from './session-store';

const MESSAGES: Record<string, string> = {
  INVALID_CREDENTIALS: t.auth.invalidCredentials,
  RATE_LIMITED: t.auth.tooManyAttempts,
};

/** Password first; when the account has two-factor authentication, the code step follows. */
export function SignInPage({ expired }: { expired: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      const body = step === 'totp' ? { email, password, totp } : { email, password };
      session.accept(unwrap(await api.POST('/api/v1/auth/login', { body, credentials: 'same-origin' })));
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'TOTP_REQUIRED') {
        setStep('totp');
      } else if (failure instanceof ApiError) {
        const message =
          step === 'totp' && failure.code === 'INVALID_CREDENTIALS' ? t.auth.totpInvalid : MESSAGES[failure.code];
        setError(message ? new ApiError(failure.status, failure.code, message) : failure);
        if (step === 'totp') setTotp('');
      } else {
        setError(new ApiError(0, 'NETWORK_ERROR', t.common.unknownError));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="brand" aria-hidden="true">
          {t.common.appName}
        </p>
        <h1>{step === 'password' ? t.auth.signInTitle : t.auth.totpTitle}</h1>
        {expired && step === 'password' && <Notice tone="warning">{t.auth.sessionExpired}</Notice>}
        <p className="muted">{step === 'password' ? t.auth.signInIntro : t.auth.totpIntro}</p>
        <ErrorBanner error={error} />
        <form onSubmit={(event) => void submit(event)} className="form">
          {step === 'password' ? (
            <>
              <label className="field">
                <span>{t.auth.email}</span>
                <input
                  type="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                  autoFocus
                />
              </label>
              <label className="field">
                <span>{t.auth.password}</span>
                <input
                  type="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                />
              </label>
            </>
          ) : (
            <label className="field">
              <span>{t.auth.totpCode}</span>
              <input
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                value={totp}
                onChange={(event) => setTotp(event.target.value.trim())}
                autoFocus
                aria-describedby="totp-help"
              />
              <small id="totp-help" className="muted">
                {t.auth.totpHelp}
              </small>
            </label>
          )}
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? t.auth.signingIn : step === 'password' ? t.auth.signIn : t.auth.verify}
          </button>
          {step === 'totp' && (
            <button
              type="button"
              className="button-ghost"
              onClick={() => {
                setStep('password');
                setTotp('');
                setError(undefined);
              }}
            >
              {t.auth.useAnotherAccount}
            </button>
          )}
        </form>
        {step === 'password' && <ProviderButtons />}
      </div>
    </main>
  );
}
