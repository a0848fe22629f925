import { useId } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ErrorBanner, Loading, PageHeader, ProgressBar } from '../components/feedback';
import { DossierStatusChip } from '../components/status';
import { WideTable } from '../components/table';
import { useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';
import { Link, navigate, useLocation, withQuery } from '../router';
import { usePages } from './use-pages';

type Status = Schemas['DossierDto']['status'];
const STATUSES: Status[] = ['draft', 'submitted', 'in_review', 'changes_requested', 'approved', 'rejected'];

let referentialList: Promise<Schemas['ReferentialSummaryDto'][]> | undefined;
function loadReferentialList(): Promise<Schemas['ReferentialSummaryDto'][]> {
  referentialList ??= api.GET('/api/v1/referentials').then(unwrap);
  referentialList.catch(() => (referentialList = undefined));
  return referentialList;
}

/** `/dossiers` (and `/`): the organisation's dossiers with status, round and completeness; filter by status. */
export function DossiersPage() {
  const text = t.vendor.dossiers;
  const id = useId();
  const location = useLocation();
  const raw = location.query.get('status');
  const status = STATUSES.find((entry) => entry === raw);
  const dossiers = usePages(
    (cursor) =>
      api
        .GET('/api/v1/dossiers', {
          params: { query: { limit: 20, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } },
        })
        .then(unwrap),
    [status],
  );
  const referentials = useApi(loadReferentialList, []);
  const referentialName = (referentialId: string): string => {
    const found = referentials.data?.find((entry) => entry.id === referentialId);
    return found ? `${found.code} ${found.version}` : '';
  };

  return (
    <>
      <PageHeader title={t.vendor.dossiersTitle}>
        <label className="field inline-field" htmlFor={`${id}-status`}>
          {text.filter}
          <select
            id={`${id}-status`}
            value={status ?? ''}
            onChange={(event) =>
              navigate(withQuery(location, { status: event.target.value || undefined }), { replace: true })
            }
          >
            <option value="">{text.allStatuses}</option>
            {STATUSES.map((entry) => (
              <option key={entry} value={entry}>
                {t.common.dossierStatus[entry]}
              </option>
            ))}
          </select>
        </label>
      </PageHeader>
      <ErrorBanner error={dossiers.error} onRetry={() => dossiers.reload()} />
      {dossiers.loading && <Loading />}
      {!dossiers.loading && !dossiers.error && dossiers.items.length === 0 && (
        <section className="empty card">
          <p>{text.empty}</p>
          {!status && (
            <>
              <p className="muted">{text.emptyHint}</p>
              <Link to="/products?new=1" className="button button-primary">
                {text.goToProducts}
              </Link>
            </>
          )}
        </section>
      )}
      {dossiers.items.length > 0 && (
        <WideTable
          className="dossier-table"
          caption={t.vendor.dossiersTitle}
          captionClassName="visually-hidden"
          labels={[text.product, text.referential, text.status, text.round, text.completeness, text.updatedAt]}
        >
          {dossiers.items.map((dossier) => {
            const expected = dossier.completeness.satisfied + dossier.completeness.missing;
            return (
              <tr key={dossier.id}>
                <th scope="row">
                  <Link to={`/dossiers/${dossier.id}`}>
                    {dossier.productName} <span className="muted">{dossier.productVersion}</span>
                  </Link>
                </th>
                <td>{referentialName(dossier.referentialId)}</td>
                <td>
                  <DossierStatusChip status={dossier.status} />
                </td>
                <td>{dossier.round}</td>
                <td className="completeness-cell">
                  <ProgressBar
                    value={dossier.completeness.satisfied}
                    max={expected}
                    label={t.common.progress(dossier.completeness.satisfied, expected)}
                  />
                </td>
                <td>{formatDateTime(dossier.updatedAt)}</td>
              </tr>
            );
          })}
        </WideTable>
      )}
      {dossiers.hasMore && (
        <button
          type="button"
          className="button-secondary"
          disabled={dossiers.loadingMore}
          onClick={() => void dossiers.loadMore()}
        >
          {text.more}
        </button>
      )}
    </>
  );
}
