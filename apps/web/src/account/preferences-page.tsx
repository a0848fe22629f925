import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ErrorBanner, Loading, Notice, PageHeader } from '../components/feedback';
import { ColumnHeads } from '../components/table';
import { useAction, useApi } from '../hooks/use-api';
import { t } from '../i18n';
import { startWithProvider } from './oidc-providers';

type Preference = Schemas['NotificationPreferenceDto'];

/** The ways a notification reaches its user, one checkbox column each. */
const CHANNELS = ['email', 'inApp'] as const;
type Channel = (typeof CHANNELS)[number];
const CHANNEL_LABELS: Record<Channel, string> = { email: t.account.byEmail, inApp: t.account.inApp };

/** What the user receives, per kind of notification, and the identity providers linked to the account. */
export function PreferencesPage() {
  const loaded = useApi(async () => unwrap(await api.GET('/api/v1/me/notification-preferences')), []);
  const identities = useApi(async () => unwrap(await api.GET('/api/v1/me/identities')), []);
  const providers = useApi(
    async () => unwrap(await api.GET('/api/v1/auth/oidc/providers', { credentials: 'same-origin' })),
    [],
  );
  const [draft, setDraft] = useState<Preference[]>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (loaded.data) setDraft(loaded.data);
  }, [loaded.data]);
  const save = useAction(async () => {
    const result = unwrap(await api.PUT('/api/v1/me/notification-preferences', { body: { preferences: draft ?? [] } }));
    loaded.replace(result);
    setSaved(true);
  });
  const link = useAction((providerId: string) => startWithProvider(providerId, true));
  const toggle = (kind: string, field: Channel, value: boolean) => {
    setSaved(false);
    setDraft((current) => current?.map((entry) => (entry.kind === kind ? { ...entry, [field]: value } : entry)));
  };

  return (
    <section>
      <PageHeader title={t.account.preferencesTitle} />
      <p className="muted">{t.account.preferencesIntro}</p>
      <ErrorBanner error={loaded.error ?? save.error} onRetry={() => loaded.reload()} />
      {saved && <Notice tone="success">{t.account.saved}</Notice>}
      {!draft ? (
        <Loading />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save.run();
          }}
        >
          <table className="table">
            <ColumnHeads labels={[t.account.kind, t.account.byEmail, t.account.inApp]} />
            <tbody>
              {draft.map((entry) => (
                <tr key={entry.kind}>
                  <th scope="row">{t.account.kinds[entry.kind] ?? entry.kind}</th>
                  {CHANNELS.map((channel) => (
                    <td key={channel}>
                      <input
                        type="checkbox"
                        aria-label={`${t.account.kinds[entry.kind]} — ${CHANNEL_LABELS[channel]}`}
                        checked={entry[channel]}
                        onChange={(event) => toggle(entry.kind, channel, event.target.checked)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" className="button-primary" disabled={save.pending}>
            {t.account.save}
          </button>
        </form>
      )}

      <h2>{t.account.identitiesTitle}</h2>
      <p className="muted">{t.account.identitiesIntro}</p>
      <ErrorBanner error={identities.error ?? link.error} />
      {identities.data && identities.data.length === 0 && <p>{t.account.noIdentities}</p>}
      <ul>
        {identities.data?.map((identity) => (
          <li key={identity.id}>
            {t.account.linkedOn(identity.providerName, new Date(identity.createdAt).toLocaleDateString('fr-FR'))}
            {identity.email ? ` (${identity.email})` : ''}
          </li>
        ))}
      </ul>
      {providers.data?.map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="button-ghost"
          disabled={link.pending}
          onClick={() => void link.run(provider.id)}
        >
          {t.account.linkWith(provider.name)}
        </button>
      ))}
    </section>
  );
}
