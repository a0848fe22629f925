import { type FormEvent, useState } from 'react';
import { ProviderButtons } from '../account/oidc-providers';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorBanner, Notice } from '../components/feedback';
import { TextField } from '../components/fields';
import { t } from '../i18n';
import { AuthCard, OneTimeCodeField } from './auth-card';
import { session } from './session-store';

const MESSAGES: Record<string, string> = {
  INVALID_CREDENTIALS: t.auth.invalidCredentials,
  RATE_LIMITED: t.auth.tooManyAttempts,
};

/** The fields of the password step; each key is also its input type. */
const CREDENTIALS = [
  { key: 'email', label: t.auth.email, autoComplete: 'username' },
  { key: 'password', label: t.auth.password, autoComplete: 'current-password' },
] as const;

/** Password first; when the account has two-factor authentication, the code step follows. */
export function SignInPage({ expired }: { expired: boolean }) {
  const [credentials, setCredentials] = useState({ email: '', password: '' });
  const [totp, setTotp] = useState('');
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      const body = step === 'totp' ? { ...credentials, totp } : credentials;
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
    <AuthCard title={step === 'password' ? t.auth.signInTitle : t.auth.totpTitle} brand>
      {expired && step === 'password' && <Notice tone="warning">{t.auth.sessionExpired}</Notice>}
      <p className="muted">{step === 'password' ? t.auth.signInIntro : t.auth.totpIntro}</p>
      <ErrorBanner error={error} />
      <form onSubmit={(event) => void submit(event)} className="form">
        {step === 'password' ? (
          CREDENTIALS.map((field) => (
            <TextField
              key={field.key}
              label={field.label}
              type={field.key}
              autoComplete={field.autoComplete}
              required
              value={credentials[field.key]}
              onValue={(value) => setCredentials((previous) => ({ ...previous, [field.key]: value }))}
              autoFocus={field.key === 'email'}
            />
          ))
        ) : (
          <OneTimeCodeField label={t.auth.totpCode} hint={t.auth.totpHelp} value={totp} onValue={setTotp} autoFocus />
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
    </AuthCard>
  );
}
