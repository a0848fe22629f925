import { useId, useState } from 'react';
import type { ApiError } from '../api/client';
import { Fact } from '../components/fact';
import { ErrorBanner } from '../components/feedback';
import { ScenarioStatusChip, scenarioStatus } from '../components/status';
import { CommentThread } from '../dossier/comment-thread';
import { downloadDeclarationPdf } from '../dossier/evidence-link';
import { EvidencePreview } from '../dossier/evidence-preview';
import { EvidenceVersions } from '../dossier/evidence-versions';
import { formatDateTime, t } from '../i18n';
import { ErratumNotes } from '../segur/errata-marks';
import type { DeclarationView, Proof, Scenario, ScenarioProps } from './types';
import { VerdictForm } from './verdict-form';

function ProofBlock({ proof }: { proof: Proof }) {
  const newestFirst = [...proof.evidence].sort((a, b) => b.version - a.version);
  const [shown, setShown] = useState(newestFirst[0]?.id);
  const selectId = useId();
  const evidence = newestFirst.find((item) => item.id === shown) ?? newestFirst[0];
  const text = t.review.scenario;
  return (
    <li className="proof card">
      <h4 className="proof-title">
        <span className="tree-code">{proof.code}</span> {proof.title}{' '}
        <span className="muted small">({proof.required ? text.required : text.optional})</span>
      </h4>
      {proof.reason && <p className="muted small">{proof.reason}</p>}
      {!evidence ? (
        <p className="muted small">{text.noEvidence}</p>
      ) : (
        <>
          {newestFirst.length > 1 && (
            <div className="field inline-field">
              <label htmlFor={selectId}>{text.shownVersion}</label>
              <select id={selectId} value={evidence.id} onChange={(event) => setShown(event.target.value)}>
                {newestFirst.map((item) => (
                  <option key={item.id} value={item.id}>
                    {text.version(item.version)} — {text.uploadedAt(formatDateTime(item.uploadedAt))}
                  </option>
                ))}
              </select>
            </div>
          )}
          <EvidencePreview key={evidence.id} evidence={evidence} />
          <details className="proof-versions">
            <summary>
              {text.versions} ({newestFirst.length})
            </summary>
            <EvidenceVersions evidence={proof.evidence} />
          </details>
        </>
      )}
    </li>
  );
}

function Declaration({ declaration }: { declaration: DeclarationView }) {
  const [error, setError] = useState<ApiError>();
  const text = t.review.scenario;
  return (
    <section className="declaration card" aria-labelledby="declaration-title">
      <h3 id="declaration-title">{text.declaration}</h3>
      <dl className="facts">
        <Fact term={text.declarant}>
          {declaration.declarantName} ({declaration.declarantRole})
        </Fact>
        {declaration.signedAt && <Fact term={text.signedAt}>{formatDateTime(declaration.signedAt)}</Fact>}
      </dl>
      <h4>{text.justification}</h4>
      <blockquote className="justification">{declaration.justification}</blockquote>
      {declaration.id && (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void downloadDeclarationPdf(declaration.id!, `declaration-${declaration.id!.slice(0, 8)}.pdf`).catch(
              setError,
            )
          }
        >
          {text.declarationPdf}
        </button>
      )}
      <ErrorBanner error={error} />
    </section>
  );
}

/** The vendor's working status, its coded reason and its conformity text (or justification), beside the proofs. */
function VendorPosition({ scenario }: { scenario: Scenario }) {
  const text = t.review.scenario;
  const { assessment } = scenario;
  const words = assessment.conformityText ?? assessment.justification;
  return (
    <section className="card vendor-position" aria-labelledby="vendor-position-title" data-testid="vendor-position">
      <h3 id="vendor-position-title">{text.vendorPosition}</h3>
      {assessment.status ? (
        <p>
          <strong data-testid="vendor-status">{t.preparation.statuses[assessment.status]}</strong>
          {assessment.reasonCode && ` — ${t.preparation.reasons[assessment.reasonCode]}`}
          {assessment.setAt && <span className="muted small"> ({formatDateTime(assessment.setAt)})</span>}
        </p>
      ) : (
        <p className="muted">{text.noVendorStatus}</p>
      )}
      {words ? (
        <>
          <h4>{assessment.conformityText ? text.conformityText : text.vendorJustification}</h4>
          <blockquote className="justification" data-testid="vendor-text">
            {words}
          </blockquote>
        </>
      ) : (
        <p className="muted small">{text.noConformityText}</p>
      )}
    </section>
  );
}

/** One scenario under review: why it applies, its proofs with previews, the declaration, the verdict, the thread. */
export function ScenarioPanel({
  dossier,
  scenario,
  changed,
  currentUserId,
  onChanged,
}: ScenarioProps & { changed: boolean; currentUserId: string }) {
  const text = t.review.scenario;
  const declaration = scenario.declaration as DeclarationView | null;
  const judged = scenario.applicable || scenario.declarationRequired;
  return (
    <article className="scenario-panel" aria-labelledby="scenario-title">
      <header className="scenario-head">
        <h2 id="scenario-title">
          <span className="tree-code">{scenario.code}</span> {scenario.title}
        </h2>
        <ScenarioStatusChip status={scenarioStatus(scenario)} />
        {changed && <span className="chip chip-changed">{t.review.dossier.changedLabel}</span>}
      </header>

      <section aria-labelledby="reasons-title">
        <h3 id="reasons-title">{text.reasons}</h3>
        {scenario.reasons.length === 0 ? (
          <p className="muted">{text.noReasons}</p>
        ) : (
          <ul className="reasons">
            {scenario.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </section>

      <ErratumNotes scenario={scenario} />

      <VendorPosition scenario={scenario} />

      {scenario.applicable && scenario.proofs.length > 0 && (
        <section aria-labelledby="proofs-title">
          <h3 id="proofs-title">{text.proofs}</h3>
          <ul className="proofs">
            {scenario.proofs.map((proof) => (
              <ProofBlock key={proof.code} proof={proof} />
            ))}
          </ul>
        </section>
      )}

      {declaration && <Declaration declaration={declaration} />}

      <section className="current-verdict" aria-labelledby="current-verdict-title">
        <h3 id="current-verdict-title">{text.currentVerdict}</h3>
        {scenario.verdict ? (
          <p>
            <strong>{t.review.verdict.labels[scenario.verdict]}</strong>
            {scenario.verdictRound ? ` ${text.verdictRound(scenario.verdictRound)}` : ''}
            {scenario.verdictComment && <q className="verdict-comment">{scenario.verdictComment}</q>}
          </p>
        ) : (
          <p className="muted">{text.noVerdict}</p>
        )}
      </section>

      {judged && <VerdictForm dossier={dossier} scenario={scenario} onChanged={onChanged} />}

      <CommentThread
        dossierId={dossier.id}
        scenarioCode={scenario.code}
        currentUserId={currentUserId}
        title={t.review.scenario.commentsTitle}
      />
    </article>
  );
}
