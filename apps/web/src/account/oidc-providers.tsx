import { useState } from 'react';
import { api, ApiError, unwrap } from '../api/client';
import { ErrorBanner } from '../components/feedback';
import { useApi } from '../hooks/use-api';
import { t } from '../i18n';

/** Sends the browser to the provider (the page leaves). `link`: a signed-in user links the provider. */
export async function startWithProvider(providerId: string, link = false): Promise<void> {
  const path = link ? '/api/v1/auth/oidc/link' : '/api/v1/auth/oidc/authorize';
  const { authorizationUrl } = unwrap(await api.POST(path, { body: { providerId }, credentials: 'same-origin' }));
  window.location.assign(authorizationUrl);
}

/** « Se connecter avec … » buttons, one per enabled provider; nothing when there is none. */
export function ProviderButtons() {
  const providers = useApi(
    async () => unwrap(await api.GET('/api/v1/auth/oidc/providers', { credentials: 'same-origin' })),
    [],
  );
  const [pending, setPending] = useState<string>();
  const [error, setError] = useState<ApiError>();
  if (!providers.data?.length) return null;
  return (
    <div className="form">
      <p className="muted" aria-hidden="true" style={{ textAlign: 'center' }}>
        {t.account.orDivider}
      </p>
      <ErrorBanner error={error} />
      {providers.data.map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="button-ghost"
          disabled={pending !== undefined}
          onClick={() => {
            setPending(provider.id);
            setError(undefined);
            startWithProvider(provider.id).catch((failure: unknown) => {
              setPending(undefined);
              setError(failure instanceof ApiError ? failure : new ApiError(0, 'NETWORK_ERROR', t.common.unknownError));
            });
          }}
        >
          {pending === provider.id ? t.account.redirecting : t.account.signInWith(provider.name)}
        </button>
      ))}
    </div>
  );
}
