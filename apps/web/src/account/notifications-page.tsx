import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ActionButton } from '../components/action-button';
import { ErrorBanner, Loading, PageHeader } from '../components/feedback';
import { useAction, useApi } from '../hooks/use-api';
import { t } from '../i18n';
import { Link } from '../router';

/** The signed-in user's notifications, newest first, with the unread count. */
export function NotificationsPage({ reviewer }: { reviewer: boolean }) {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useApi(
    async () =>
      unwrap(
        await api.GET('/api/v1/me/notifications', {
          params: { query: { limit: 100, ...(unreadOnly ? { unread: 'true' as const } : {}) } },
        }),
      ),
    [unreadOnly],
  );
  const mark = useAction(async (ids?: string[]) => {
    unwrap(await api.POST('/api/v1/me/notifications/read', { body: ids ? { ids } : {} }));
    list.reload();
  });
  const dossierLink = (id: string) => (reviewer ? `/review/dossiers/${id}` : `/dossiers/${id}`);

  return (
    <section>
      <PageHeader title={t.account.notificationsTitle}>
        {list.data && list.data.unreadCount > 0 && (
          <ActionButton action={mark} className="button-ghost">
            {t.account.markAllRead}
          </ActionButton>
        )}
      </PageHeader>
      <ErrorBanner error={list.error ?? mark.error} onRetry={() => list.reload()} />
      <p className="muted" aria-live="polite">
        {list.data ? t.account.unread(list.data.unreadCount) : ''}
      </p>
      <label className="field-inline">
        <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />{' '}
        {t.account.onlyUnread}
      </label>
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.items.length === 0 && <p className="empty">{t.account.noNotifications}</p>}
      <ul className="notification-list" style={{ listStyle: 'none', padding: 0 }}>
        {list.data?.items.map((item) => (
          <li
            key={item.id}
            className={item.readAt ? 'notification read' : 'notification unread'}
            style={{ borderBottom: '1px solid #ddd', padding: '0.75em 0', fontWeight: item.readAt ? 'normal' : 600 }}
          >
            <p style={{ margin: 0 }}>{item.title}</p>
            <p className="muted" style={{ margin: '0.25em 0', whiteSpace: 'pre-line', fontWeight: 'normal' }}>
              {item.body.split('\n—\n')[0]}
            </p>
            <small className="muted" style={{ fontWeight: 'normal' }}>
              {new Date(item.createdAt).toLocaleString('fr-FR')} ·{' '}
              {t.account.emailStatus[item.emailStatus] ?? item.emailStatus}
            </small>{' '}
            {item.dossierId && <Link to={dossierLink(item.dossierId)}>{t.account.openDossier}</Link>}{' '}
            {!item.readAt && (
              <button
                type="button"
                className="button-ghost"
                disabled={mark.pending}
                onClick={() => void mark.run([item.id])}
              >
                {t.account.markRead}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
