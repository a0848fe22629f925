import { type FormEvent, useId, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { Dialog } from '../components/dialog';
import { ErrorBanner, Loading, Notice, PageHeader } from '../components/feedback';
import { useAction, useApi } from '../hooks/use-api';
import { formatDate, t } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import { chosenReferential, EMPTY_CHOICE, ReferentialChoice, type Choice } from '../segur/referential-choice';
import { usePages } from './use-pages';

type Product = Schemas['ProductDto'];

function CreateProductForm({ onCreated }: { onCreated: (product: Product) => void }) {
  const text = t.vendor.products;
  const id = useId();
  const [name, setName] = useState('');
  const [version, setVersion] = useState('');
  const [description, setDescription] = useState('');
  const create = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/products', {
        body: {
          name: name.trim(),
          version: version.trim(),
          ...(description.trim() ? { description: description.trim() } : {}),
        },
      }),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const product = await create.run();
    if (product) {
      setName('');
      setVersion('');
      setDescription('');
      onCreated(product);
    }
  };
  return (
    <form className="form card product-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.createTitle}</h2>
      <label className="field" htmlFor={`${id}-name`}>
        {text.name}
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label className="field" htmlFor={`${id}-version`}>
        {text.version}
        <input
          id={`${id}-version`}
          value={version}
          onChange={(event) => setVersion(event.target.value)}
          aria-describedby={`${id}-version-hint`}
          required
        />
        <small id={`${id}-version-hint`} className="muted">
          {text.versionHint}
        </small>
      </label>
      <label className="field" htmlFor={`${id}-description`}>
        {text.description}
        <textarea
          id={`${id}-description`}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </label>
      <ErrorBanner error={create.error} />
      <div>
        <button type="submit" className="button-primary" disabled={create.pending}>
          {text.submit}
        </button>
      </div>
    </form>
  );
}

function NewDossierDialog({ product, onClose }: { product: Product | undefined; onClose: () => void }) {
  const text = t.vendor.products;
  const id = useId();
  const referentials = useApi(() => api.GET('/api/v1/referentials').then(unwrap), []);
  const [choice, setChoice] = useState<Choice>(EMPTY_CHOICE);
  const [productVersion, setProductVersion] = useState(product?.version ?? '');
  const chosen = chosenReferential(referentials.data ?? [], choice);
  const open = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/dossiers', {
        body: {
          productId: product!.id,
          referentialId: chosen!.id,
          ...(productVersion.trim() ? { productVersion: productVersion.trim() } : {}),
        },
      }),
    ),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dossier = await open.run();
    if (dossier) navigate(`/dossiers/${dossier.id}`);
  };
  return (
    <Dialog open={product !== undefined} title={product ? text.newDossierTitle(product.name) : ''} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <ErrorBanner error={referentials.error} onRetry={() => referentials.reload()} />
        {referentials.loading && <Loading />}
        <ReferentialChoice referentials={referentials.data ?? []} choice={choice} onChange={setChoice} />
        <label className="field" htmlFor={`${id}-product-version`}>
          {t.segur.create.productVersion}
          <input
            id={`${id}-product-version`}
            value={productVersion}
            onChange={(event) => setProductVersion(event.target.value)}
            aria-describedby={`${id}-product-version-hint`}
          />
          <small id={`${id}-product-version-hint`} className="muted">
            {t.segur.create.productVersionHint}
          </small>
        </label>
        <ErrorBanner error={open.error} />
        <div className="page-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button type="submit" className="button-primary" disabled={!chosen || open.pending}>
            {text.openDossier}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** `/products`: the organisation's products, a creation form, and a new dossier from a product. */
export function ProductsPage() {
  const text = t.vendor.products;
  const products = usePages(
    (cursor) =>
      api.GET('/api/v1/products', { params: { query: { limit: 20, ...(cursor ? { cursor } : {}) } } }).then(unwrap),
    [],
  );
  const location = useLocation();
  const [creating, setCreating] = useState(() => location.query.get('new') === '1');
  const [created, setCreated] = useState<string>();
  const [forDossier, setForDossier] = useState<Product>();
  return (
    <>
      <PageHeader title={t.vendor.productsTitle}>
        <button
          type="button"
          className="button-primary"
          onClick={() => setCreating((value) => !value)}
          aria-expanded={creating}
        >
          {text.create}
        </button>
      </PageHeader>
      <p className="muted">{text.intro}</p>
      {created && <Notice tone="success">{text.created(created)}</Notice>}
      {creating && (
        <CreateProductForm
          onCreated={(product) => {
            setCreating(false);
            setCreated(product.name);
            products.reload();
          }}
        />
      )}
      <ErrorBanner error={products.error} onRetry={() => products.reload()} />
      {products.loading && <Loading />}
      {!products.loading && products.items.length === 0 && !products.error && <p className="empty">{text.empty}</p>}
      <ul className="grid product-list" aria-label={text.listLabel}>
        {products.items.map((product) => (
          <li key={product.id} className="card product-card">
            <h2>
              {product.name} <span className="muted">{product.version}</span>
            </h2>
            {product.description && <p>{product.description}</p>}
            <p className="muted small">{text.createdOn(formatDate(product.createdAt))}</p>
            <div className="page-actions">
              <button type="button" className="button-secondary" onClick={() => setForDossier(product)}>
                {text.newDossier}
                <span className="visually-hidden"> — {product.name}</span>
              </button>
              <Link to={`/products/${product.id}`} className="button button-ghost">
                {t.hosting.openHosting}
                <span className="visually-hidden"> — {product.name}</span>
              </Link>
            </div>
          </li>
        ))}
      </ul>
      {products.hasMore && (
        <button
          type="button"
          className="button-secondary"
          disabled={products.loadingMore}
          onClick={() => void products.loadMore()}
        >
          {text.more}
        </button>
      )}
      {forDossier && <NewDossierDialog product={forDossier} onClose={() => setForDossier(undefined)} />}
    </>
  );
}
