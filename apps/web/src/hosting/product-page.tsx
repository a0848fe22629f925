import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorBanner, Loading, Notice, PageHeader } from '../components/feedback';
import { useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';
import { Link } from '../router';
import { HostingForm } from './hosting-form';
import { HostingSummary } from './hosting-summary';

/** The product's HDS hosting, with the vendor's form to declare it and the history of declarations. */
function HostingPanel({ productId }: { productId: string }) {
  const text = t.hosting;
  const hosting = useApi(
    () => api.GET('/api/v1/products/{id}/hosting', { params: { path: { id: productId } } }).then(unwrap),
    [productId],
  );
  const history = useApi(
    () => api.GET('/api/v1/products/{id}/hosting/history', { params: { path: { id: productId } } }).then(unwrap),
    [productId, hosting.data?.current?.id],
  );
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="card hosting-panel" aria-labelledby="hosting-title">
      <h2 id="hosting-title">{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <ErrorBanner error={hosting.error} onRetry={() => hosting.reload()} />
      {!hosting.data && !hosting.error && <Loading />}
      {saved && <Notice tone="success">{text.saved}</Notice>}
      {hosting.data && <HostingSummary hosting={hosting.data} />}
      {hosting.data && !editing && (
        <p>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {hosting.data.current ? text.edit : text.declare}
          </button>
        </p>
      )}
      {hosting.data && editing && (
        <HostingForm
          productId={productId}
          hosting={hosting.data}
          onCancel={() => setEditing(false)}
          onSaved={(value) => {
            hosting.replace(value);
            setEditing(false);
            setSaved(true);
          }}
        />
      )}
      {history.data && history.data.items.length > 0 && (
        <details>
          <summary>{text.history(history.data.items.length)}</summary>
          <ul className="small" data-testid="hosting-history">
            {history.data.items.map((record) => (
              <li key={record.id}>
                {text.recordedAt(formatDateTime(record.recordedAt))} —{' '}
                {record.exemption
                  ? text.exempted(text.exemptionCases[record.exemption.case])
                  : record.hosts.map((host) => host.name).join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** `/products/:id`: one product of the organisation and its HDS hosting. */
export function ProductPage({ id }: { id: string }) {
  const product = useApi(() => api.GET('/api/v1/products/{id}', { params: { path: { id } } }).then(unwrap), [id]);
  if (product.error) return <ErrorBanner error={product.error} onRetry={() => product.reload()} />;
  if (!product.data) return <Loading />;
  return (
    <>
      <PageHeader title={t.hosting.productTitle(product.data.name, product.data.version)}>
        <Link to="/products">{t.hosting.backToProducts}</Link>
      </PageHeader>
      {product.data.description && <p>{product.data.description}</p>}
      <HostingPanel productId={id} />
    </>
  );
}
