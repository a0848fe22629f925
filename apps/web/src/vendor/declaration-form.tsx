import { type FormEvent, useId, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { ActionButton } from '../components/action-button';
import { ErrorBanner, Loading, Notice } from '../components/feedback';
import { ChoiceLabel } from '../components/fields';
import { downloadDeclarationPdf } from '../dossier/evidence-link';
import { useAction, useApi } from '../hooks/use-api';
import { formatDateTime, t } from '../i18n';

type Statement = Schemas['StatementDto'];
type Role = Schemas['CreateDeclarationDto']['declarantRole'];

let statementRequest: Promise<Statement> | undefined;
/** The statement text changes only with a new server version: one request per page load. */
function loadStatement(): Promise<Statement> {
  statementRequest ??= api.GET('/api/v1/declarations/statement').then(unwrap);
  statementRequest.catch(() => (statementRequest = undefined));
  return statementRequest;
}

/** The declaration in force, as the dossier view gives it. */
interface SignedDeclaration {
  id: string;
  declarantName: string;
  declarantRole: string;
  signedAt: string;
  sha256: string;
  justification?: string;
}

function SignedDeclarationCard({
  declaration,
  scenarioCode,
}: {
  declaration: SignedDeclaration;
  scenarioCode: string;
}) {
  const text = t.vendor.declaration;
  const download = useAction(() =>
    downloadDeclarationPdf(declaration.id, `declaration-${scenarioCode.replace(/\s+/g, '-')}.pdf`),
  );
  return (
    <div className="card declaration-signed">
      <h4>{text.current}</h4>
      <p>
        {text.signedBy(declaration.declarantName, formatDateTime(declaration.signedAt))} (
        {text.roles[declaration.declarantRole] ?? declaration.declarantRole})
      </p>
      {declaration.justification && <blockquote className="justification">{declaration.justification}</blockquote>}
      <p className="small">
        {text.hash} : <code className="hash">{declaration.sha256}</code>
      </p>
      <ActionButton action={download} className="button-secondary">
        {text.pdf}
      </ActionButton>
      <ErrorBanner error={download.error} />
    </div>
  );
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] || match);
}

/** Shows the signed declaration, and the form to sign one (the statement shown before signing). */
export function DeclarationSection({
  dossierId,
  scenarioCode,
  declaration,
  canSign,
  productName,
  referentialTitle,
  onSigned,
}: {
  dossierId: string;
  scenarioCode: string;
  declaration: SignedDeclaration | null;
  canSign: boolean;
  productName: string;
  referentialTitle: string;
  onSigned: () => void;
}) {
  const text = t.vendor.declaration;
  const id = useId();
  const statement = useApi(loadStatement, []);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('legal_representative');
  const [justification, setJustification] = useState('');
  const [certified, setCertified] = useState(false);
  const [formOpen, setFormOpen] = useState(declaration === null);
  const [signed, setSigned] = useState(false);
  const sign = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/dossiers/{id}/declarations', {
        params: { path: { id: dossierId } },
        body: {
          scenario: scenarioCode,
          declarantName: name.trim(),
          declarantRole: role,
          justification: justification.trim(),
          acceptStatement: true,
        },
      }),
    ),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!certified) return;
    if (await sign.run()) {
      setSigned(true);
      setFormOpen(false);
      setCertified(false);
      onSigned();
    }
  };

  const rules = statement.data;
  const roleLabel = rules?.roles.find((entry) => entry.value === role)?.label ?? text.roles[role];
  return (
    <section className="declaration" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{text.title}</h3>
      <p>{text.why}</p>
      {signed && <Notice tone="success">{text.signed}</Notice>}
      {declaration && <SignedDeclarationCard declaration={declaration} scenarioCode={scenarioCode} />}
      {canSign && declaration && !formOpen && (
        <>
          <p className="muted small">{text.replaceHint}</p>
          <button type="button" className="button-secondary" onClick={() => setFormOpen(true)}>
            {text.replace}
          </button>
        </>
      )}
      {canSign && formOpen && (
        <form className="form card" onSubmit={(event) => void submit(event)}>
          <ErrorBanner error={statement.error} onRetry={() => statement.reload()} />
          {!rules && statement.loading && <Loading />}
          <label className="field" htmlFor={`${id}-name`}>
            {text.name}
            <input
              id={`${id}-name`}
              value={name}
              onChange={(event) => setName(event.target.value)}
              autoComplete="name"
              required
            />
          </label>
          <label className="field" htmlFor={`${id}-role`}>
            {text.role}
            <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {(rules?.roles ?? Object.entries(text.roles).map(([value, label]) => ({ value, label }))).map((entry) => (
                <option key={entry.value} value={entry.value}>
                  {entry.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={`${id}-justification`}>
            {text.justification}
            <textarea
              id={`${id}-justification`}
              value={justification}
              onChange={(event) => setJustification(event.target.value)}
              minLength={rules?.justificationMinLength}
              maxLength={rules?.justificationMaxLength}
              aria-describedby={`${id}-justification-hint`}
              required
            />
            {rules && (
              <small id={`${id}-justification-hint`} className="muted">
                {text.justificationHint(rules.justificationMinLength, rules.justificationMaxLength)}
              </small>
            )}
          </label>
          {rules && (
            <figure className="statement">
              <figcaption>
                <strong>{text.statement}</strong> <span className="muted small">({text.statementHint})</span>
              </figcaption>
              <blockquote data-testid="statement-text">
                {fill(rules.template, {
                  declarant: name.trim(),
                  role: roleLabel,
                  scenario: scenarioCode,
                  product: productName,
                  referential: referentialTitle,
                })}
              </blockquote>
            </figure>
          )}
          <ChoiceLabel type="checkbox" checked={certified} onChange={(event) => setCertified(event.target.checked)}>
            {text.certify}
          </ChoiceLabel>
          <ErrorBanner error={sign.error} />
          <div>
            <button type="submit" className="button-primary" disabled={!certified || sign.pending || !rules}>
              {text.sign}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
